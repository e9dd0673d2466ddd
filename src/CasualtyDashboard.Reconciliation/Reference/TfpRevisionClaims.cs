using System.Globalization;
using System.Text.Json;
using CasualtyDashboard.Reconciliation.Claims;

namespace CasualtyDashboard.Reconciliation.Reference;

/// <summary>
/// Turns the revision history (<c>revisions.jsonl</c>) into superseded claims beside the current reference claims, so
/// every revised value of an imported figure shows as a <c>revision</c> note on its point: the value as first published,
/// marked <see cref="Claim.IsSuperseded"/>, under the current claim's series, date and authority. Revisions of fields or
/// rows the reader does not import (TFP's imputed <c>ext_*</c>, carried-forward rows, renamed or added fields, row
/// sources and periods) have no claim to stand beside and are counted in <see cref="Result.NotImported"/> by reason.
/// </summary>
public static class TfpRevisionClaims
{
    /// <summary>The superseded claims, and the revisions left out with why.</summary>
    /// <param name="Superseded">One claim per revised value, with stable negative ids.</param>
    /// <param name="NotImported">Revisions that give no claim, counted by reason.</param>
    public sealed record Result(IReadOnlyList<Claim> Superseded, IReadOnlyDictionary<string, int> NotImported);

    /// <summary>Maps <paramref name="revisions"/> (in file order) against the <paramref name="current"/> reference claims of every dataset.</summary>
    public static Result Map(IReadOnlyList<TfpRevision> revisions, IEnumerable<Claim> current)
    {
        var byId = current.Where(c => c.IsReference).ToDictionary(c => c.ClaimId);
        var superseded = new List<Claim>();
        var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
        void Skip(string reason) => skipped[reason] = skipped.GetValueOrDefault(reason) + 1;
        for (var line = 0; line < revisions.Count; line++)
        {
            var revision = revisions[line];
            if (revision.Change != "value_changed")
            {
                Skip($"{revision.Change}: not a change of a published value");
                continue;
            }

            var dataset = TfpReferenceReader.DatasetOf(revision.Dataset);
            var numbers = TfpClaimMapper.FieldNumbers(dataset);
            var changes = revision.Field == "verified" ? VerifiedChanges(revision) : [(revision.Field, revision.Old)];
            foreach (var (field, old) in changes)
            {
                if (!numbers.TryGetValue(field, out var number))
                {
                    Skip(field.StartsWith("ext_", StringComparison.Ordinal) ? "ext_*: TFP's imputed series, not imported" : $"{field}: field not imported");
                    continue;
                }

                if (!byId.TryGetValue(TfpClaimMapper.ClaimId(dataset, revision.ReportDate, number), out var now))
                {
                    Skip("row not imported (no report that day, a 0-hour or carried-forward row)");
                    continue;
                }

                if (old is null || !long.TryParse(old, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                {
                    Skip("old value not a number");
                    continue;
                }

                superseded.Add(now with
                {
                    ClaimId = -((((long)dataset + 1) * 10_000_000_000L) + 5_000_000_000L + (line * 16L) + number),
                    Value = value,
                    Evidence = $"{revision.Dataset} {field} as published before commit {revision.Commit[..7]} of "
                        + revision.CommitTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    StatedAt = revision.CommitTime,
                    DeclaresRetroactiveAddition = false,
                    IsSuperseded = true,
                });
            }
        }

        return new Result(superseded, skipped);
    }

    /// <summary>The <c>verified</c> block is compared as a whole: each of its numbers that changed, as <c>verified_name</c>.</summary>
    private static List<(string Field, string? Old)> VerifiedChanges(TfpRevision revision)
    {
        var old = Numbers(revision.Old);
        var now = Numbers(revision.New);
        return old.Where(o => !now.TryGetValue(o.Key, out var n) || n != o.Value)
            .Select(o => ("verified_" + o.Key, (string?)o.Value))
            .ToList();
    }

    private static Dictionary<string, string> Numbers(string? json)
    {
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json is null)
        {
            return numbers;
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in document.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number))
            {
                numbers[property.Name] = property.Value.GetRawText();
            }
        }

        return numbers;
    }
}
