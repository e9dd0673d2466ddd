namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>
/// Ordinal equality for vocabulary keys with a cheap non-randomised hash (FNV-1a over the UTF-16 units), usable with a
/// span of article text without making a string: every word of every article is looked up, often several times.
/// The keys are fixed at load and never come from input, so hash flooding is not a concern.
/// </summary>
internal sealed class LexiconKeyComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static readonly LexiconKeyComparer Instance = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

    public int GetHashCode(string obj) => Hash(obj);

    public bool Equals(ReadOnlySpan<char> alternate, string other) => alternate.SequenceEqual(other);

    public int GetHashCode(ReadOnlySpan<char> alternate) => Hash(alternate);

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();

    private static int Hash(ReadOnlySpan<char> s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = unchecked((h ^ c) * 16777619u);
        }

        return unchecked((int)h);
    }
}
