using CasualtyDashboard.Reconciliation.Claims;

namespace CasualtyDashboard.Reconciliation.Reference;

/// <summary>
/// Imports the published daily series of Tech for Palestine (the JSON files, or CSV with the same field names) as
/// reference claims: <see cref="Claim.IsReference"/> set, outlet "Tech for Palestine", negative synthetic ids that are
/// stable per dataset, date and field. Malformed input throws <see cref="FormatException"/> naming the line or element.
/// </summary>
/// <remarks>
/// Gaza: <c>mohtel</c> rows are <c>gaza_moh</c>, <c>gmotel</c> <c>gaza_gmo</c>, <c>unocha</c> <c>un_ocha</c>; <c>missing</c>
/// and 0-hour rows are skipped. Cumulatives count from 2023-10-07; <c>killed</c>/<c>injured</c> are period counts over
/// <c>report_period</c>; a row with <c>killed_committee</c> or <c>killed_succumbed</c> declares a retroactive addition.
/// West Bank: root values of <c>flash_source: un</c> rows are <c>un_ocha</c> (fill rows skipped); the <c>verified</c>
/// block is <c>other:ocha_verified</c>. Lebanon: <c>*_cum_reported</c> as published, counting from the start of the
/// row's <c>phase</c> (2023-10-08 or 2026-03-02); TFP's rebased totals and every <c>ext_*</c> value are left out.
/// </remarks>
public static class TfpReferenceReader
{
    /// <summary>Reads a dataset from its JSON text (an array of row objects).</summary>
    public static IReadOnlyList<Claim> ReadJson(string json, TfpDataset dataset, string? sourceName = null) =>
        TfpClaimMapper.Map(ReferenceRows.FromJson(json, sourceName ?? FileName(dataset)), dataset);

    /// <summary>Reads a dataset from CSV: a header line of field names (<c>verified.killed</c> or <c>verified_killed</c>), then one row per line.</summary>
    public static IReadOnlyList<Claim> ReadCsv(TextReader csv, TfpDataset dataset, string? sourceName = null) =>
        TfpClaimMapper.Map(ReferenceRows.FromCsv(csv, sourceName ?? Path.ChangeExtension(FileName(dataset), ".csv")), dataset);

    /// <summary>Reads a <c>.json</c> or <c>.csv</c> file, the dataset named by its file name (see <see cref="DatasetOf"/>).</summary>
    public static IReadOnlyList<Claim> ReadFile(string path)
    {
        var dataset = DatasetOf(path);
        var name = Path.GetFileName(path);
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(path);
            return ReadCsv(reader, dataset, name);
        }

        return ReadJson(File.ReadAllText(path), dataset, name);
    }

    /// <summary>The dataset a file name stands for: <c>casualties_daily</c>, <c>west_bank_daily</c> or <c>lebanon_casualties_daily</c>.</summary>
    public static TfpDataset DatasetOf(string path) => Path.GetFileNameWithoutExtension(path) switch
    {
        "casualties_daily" => TfpDataset.Gaza,
        "west_bank_daily" => TfpDataset.WestBank,
        "lebanon_casualties_daily" => TfpDataset.Lebanon,
        var other => throw new FormatException($"{path}: '{other}' is not a known Tech for Palestine dataset name."),
    };

    /// <summary>The dataset's JSON file name.</summary>
    public static string FileName(TfpDataset dataset) => dataset switch
    {
        TfpDataset.Gaza => "casualties_daily.json",
        TfpDataset.WestBank => "west_bank_daily.json",
        TfpDataset.Lebanon => "lebanon_casualties_daily.json",
        _ => throw new ArgumentOutOfRangeException(nameof(dataset), dataset, "Unknown dataset."),
    };

    /// <summary>The dataset's public documentation page, used as the reference claims' article address.</summary>
    public static string DocumentationUrl(TfpDataset dataset) => dataset switch
    {
        TfpDataset.Gaza => "https://data.techforpalestine.org/docs/casualties-daily/",
        TfpDataset.WestBank => "https://data.techforpalestine.org/docs/casualties-daily-west-bank/",
        TfpDataset.Lebanon => "https://data.techforpalestine.org/docs/casualties-daily-lebanon/",
        _ => throw new ArgumentOutOfRangeException(nameof(dataset), dataset, "Unknown dataset."),
    };
}
