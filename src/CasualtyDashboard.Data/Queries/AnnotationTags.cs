namespace CasualtyDashboard.Data.Queries;

/// <summary>Tags as stored (<c>;revision;disputed;</c>) and as shown (a list). Tags are trimmed, lower-case, without <c>;</c>.</summary>
public static class AnnotationTags
{
    public static IReadOnlyList<string> Parse(string stored) =>
        stored.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Normalize(string tag) => string.Join(' ', tag.Replace(';', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public static string Format(IEnumerable<string> tags)
    {
        var list = tags.Select(Normalize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "" : ";" + string.Join(';', list) + ";";
    }

    /// <summary>The stored form's pattern for one tag (for Contains).</summary>
    public static string Needle(string tag) => ";" + Normalize(tag) + ";";
}
