using System.Globalization;
using System.Text.Json;

namespace CasualtyDashboard.Reconciliation.Reference;

/// <summary>Reads <c>revisions.jsonl</c>, one revision per line; a malformed line throws <see cref="FormatException"/> naming it.</summary>
public static class TfpRevisionReader
{
    /// <summary>Reads every revision from <paramref name="jsonl"/>, skipping blank lines.</summary>
    public static IReadOnlyList<TfpRevision> Read(TextReader jsonl, string sourceName = "revisions.jsonl")
    {
        var revisions = new List<TfpRevision>();
        var lineNumber = 0;
        while (jsonl.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                revisions.Add(new TfpRevision(
                    root.GetProperty("dataset").GetString()!,
                    root.GetProperty("commit").GetString()!,
                    DateTimeOffset.Parse(root.GetProperty("commit_time").GetString()!, CultureInfo.InvariantCulture).UtcDateTime,
                    DateOnly.ParseExact(root.GetProperty("report_date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    root.GetProperty("field").GetString()!,
                    RawOrNull(root, "old"),
                    RawOrNull(root, "new"),
                    root.GetProperty("change").GetString()!));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{sourceName} line {lineNumber}: {e.Message}", e);
            }
        }

        return revisions;
    }

    private static string? RawOrNull(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetRawText() : null;
}
