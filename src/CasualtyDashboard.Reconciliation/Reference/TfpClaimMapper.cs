using CasualtyDashboard.Reconciliation.Claims;

namespace CasualtyDashboard.Reconciliation.Reference;

/// <summary>
/// Maps rows of the Tech for Palestine datasets to reference claims: only figures as reported (never TFP's imputed
/// <c>ext_*</c> series, carried-forward rows, or rebased totals), each under the authority that issued it.
/// </summary>
internal static class TfpClaimMapper
{
    private const string Outlet = "Tech for Palestine";
    private static readonly DateOnly WarStart = new(2023, 10, 7);
    private static readonly DateOnly LebanonPhase1 = new(2023, 10, 8);
    private static readonly DateOnly LebanonPhase2 = new(2026, 3, 2);

    private static readonly Field[] GazaFields =
    [
        new("killed_cum", "killed", "all", true, CarriesRetroactive: true),
        new("injured_cum", "injured", "all", true),
        new("killed_children_cum", "killed", "children", true),
        new("killed_women_cum", "killed", "women", true),
        new("med_killed_cum", "killed", "medical", true),
        new("press_killed_cum", "killed", "journalists", true),
        new("killed", "killed", "all", false, CarriesRetroactive: true),
        new("injured", "injured", "all", false),
    ];

    private static readonly Field[] WestBankFlashFields =
    [
        new("killed_cum", "killed", "all", true),
        new("killed_children_cum", "killed", "children", true),
        new("injured_cum", "injured", "all", true),
        new("injured_children_cum", "injured", "children", true),
    ];

    private static readonly Field[] WestBankVerifiedFields =
    [
        new("verified_killed_cum", "killed", "all", true),
        new("verified_killed_children_cum", "killed", "children", true),
        new("verified_injured_cum", "injured", "all", true),
        new("verified_injured_children_cum", "injured", "children", true),
        new("verified_killed", "killed", "all", false),
        new("verified_killed_children", "killed", "children", false),
        new("verified_injured", "injured", "all", false),
        new("verified_injured_children", "injured", "children", false),
    ];

    private static readonly Field[] LebanonFields =
    [
        new("killed_cum_reported", "killed", "all", true),
        new("injured_cum_reported", "injured", "all", true),
        new("killed", "killed", "all", false),
        new("injured", "injured", "all", false),
    ];

    /// <summary>The stable id of the claim of <paramref name="dataset"/>'s field number <paramref name="index"/> on <paramref name="date"/>.</summary>
    public static long ClaimId(TfpDataset dataset, DateOnly date, int index) =>
        -((((long)dataset + 1) * 10_000_000_000L) + (date.DayNumber * 100L) + index);

    /// <summary>The field numbers of a dataset's imported fields by name (the numbers claim ids are built from); renamed fields under their old names too.</summary>
    public static IReadOnlyDictionary<string, int> FieldNumbers(TfpDataset dataset)
    {
        var fields = dataset switch
        {
            TfpDataset.Gaza => GazaFields,
            TfpDataset.WestBank => [.. WestBankFlashFields, .. WestBankVerifiedFields],
            _ => LebanonFields,
        };
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < fields.Length; k++)
        {
            numbers[fields[k].Name] = k;
            if (fields[k].Name.Contains("killed", StringComparison.Ordinal) && dataset == TfpDataset.Gaza)
            {
                numbers[fields[k].Name.Replace("killed", "martyred", StringComparison.Ordinal)] = k;
            }
        }

        return numbers;
    }

    public static List<Claim> Map(IEnumerable<ReferenceRow> rows, TfpDataset dataset)
    {
        var claims = new List<Claim>();
        foreach (var row in rows)
        {
            switch (dataset)
            {
                case TfpDataset.Gaza:
                    MapGaza(row, claims);
                    break;
                case TfpDataset.WestBank:
                    MapWestBank(row, claims);
                    break;
                case TfpDataset.Lebanon:
                    MapLebanon(row, claims);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(dataset), dataset, "Unknown dataset.");
            }
        }

        return claims;
    }

    private static void MapGaza(ReferenceRow row, List<Claim> claims)
    {
        var date = row.Date("report_date");
        var source = row.RequiredText("report_source");
        var authority = source switch
        {
            "mohtel" => "gaza_moh",
            "gmotel" => "gaza_gmo",
            "unocha" => "un_ocha",
            "missing" => null,
            _ => throw row.Error($"unknown report_source '{source}' (expected mohtel, gmotel, unocha or missing)"),
        };
        var hours = row.Number("report_period") ?? 24;

        // "missing" rows hold TFP's fill, and a 0-hour row only repeats a neighbouring 48-hour report: neither was reported.
        if (authority is null || hours == 0)
        {
            return;
        }

        var retroactive = (row.Number("killed_committee") ?? 0) > 0 || (row.Number("killed_succumbed") ?? 0) > 0;
        AddFields(row, claims, TfpDataset.Gaza, date, "gaza", authority, GazaFields, 0, WarStart, PeriodStart(row, date, hours), retroactive);
    }

    private static void MapWestBank(ReferenceRow row, List<Claim> claims)
    {
        var date = row.Date("report_date");
        var flash = row.RequiredText("flash_source");
        if (flash is not ("un" or "fill"))
        {
            throw row.Error($"unknown flash_source '{flash}' (expected un or fill)");
        }

        // "fill" rows carry the last OCHA publication forward; only "un" rows were published that day.
        if (flash == "un")
        {
            AddFields(row, claims, TfpDataset.WestBank, date, "west_bank", "un_ocha", WestBankFlashFields, 0, WarStart, date, false);
        }

        AddFields(row, claims, TfpDataset.WestBank, date, "west_bank", "other:ocha_verified", WestBankVerifiedFields,
            WestBankFlashFields.Length, WarStart, date.AddDays(-1), false);
    }

    private static void MapLebanon(ReferenceRow row, List<Claim> claims)
    {
        var date = row.Date("report_date");
        var source = row.RequiredText("report_source");
        var authority = source switch
        {
            "moph_lb" => "lebanon_moh",
            "ocha" => "un_ocha",
            "who" => "who",
            _ => throw row.Error($"unknown report_source '{source}' (expected moph_lb, ocha or who)"),
        };
        var since = row.Number("phase") switch
        {
            1 => LebanonPhase1,
            2 => LebanonPhase2,
            var phase => throw row.Error($"unknown phase '{phase}' (expected 1 or 2)"),
        };
        var periodStart = row.Number("killed") is null && row.Number("injured") is null
            ? date
            : PeriodStart(row, date, row.Number("report_period") ?? throw row.Error("field 'report_period' is missing"));
        AddFields(row, claims, TfpDataset.Lebanon, date, "lebanon", authority, LebanonFields, 0, since, periodStart, false);
    }

    private static DateOnly PeriodStart(ReferenceRow row, DateOnly date, long hours) =>
        hours > 0 && hours % 24 == 0
            ? date.AddDays(-(int)(hours / 24))
            : throw row.Error($"report_period {hours} is not a positive multiple of 24 hours");

    private static void AddFields(
        ReferenceRow row, List<Claim> claims, TfpDataset dataset, DateOnly date, string region, string authority,
        Field[] fields, int firstIndex, DateOnly cumulativeSince, DateOnly periodStart, bool retroactive)
    {
        for (var k = 0; k < fields.Length; k++)
        {
            var field = fields[k];
            if (row.Number(field.Name) is not { } value)
            {
                continue;
            }

            var key = new SeriesKey(
                region, null, field.Category, field.Subgroup,
                field.Cumulative ? Bases.Cumulative : Bases.Period,
                field.Cumulative ? cumulativeSince : periodStart);
            claims.Add(new Claim(
                ClaimId: ClaimId(dataset, date, firstIndex + k),
                SeriesKey: key,
                ReportedOn: date,
                Value: value,
                Qualifier: Qualifiers.Exact,
                Authority: authority,
                Outlet: Outlet,
                ArticleId: null,
                ArticleUrl: TfpReferenceReader.DocumentationUrl(dataset),
                Evidence: $"{TfpReferenceReader.FileName(dataset)} {row.RequiredText("report_date")} {field.Name}={value}",
                StatedAt: date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                DeclaresRetroactiveAddition: retroactive && field.CarriesRetroactive,
                IsReference: true));
        }
    }

    private sealed record Field(string Name, string Category, string Subgroup, bool Cumulative, bool CarriesRetroactive = false);
}
