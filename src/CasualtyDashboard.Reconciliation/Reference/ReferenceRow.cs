using System.Globalization;

namespace CasualtyDashboard.Reconciliation.Reference;

/// <summary>
/// One row of a reference file, whatever its format: fields by name (nested JSON names joined with <c>_</c>, so
/// <c>verified.killed</c> and a CSV column <c>verified_killed</c> read alike), and where it came from for error messages.
/// </summary>
internal sealed class ReferenceRow(string location, Dictionary<string, string> fields)
{
    public string Location { get; } = location;

    public string? Text(string field) => fields.GetValueOrDefault(field);

    public string RequiredText(string field) =>
        Text(field) is { Length: > 0 } text ? text : throw Error($"field '{field}' is missing");

    public long? Number(string field)
    {
        if (Text(field) is not { Length: > 0 } text)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"field '{field}' is not an integer: '{text}'");
    }

    public DateOnly Date(string field)
    {
        var text = RequiredText(field);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error($"field '{field}' is not a date (yyyy-MM-dd): '{text}'");
    }

    public FormatException Error(string problem) => new($"{Location}: {problem}.");
}
