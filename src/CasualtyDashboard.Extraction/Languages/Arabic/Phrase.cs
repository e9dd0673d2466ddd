using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>A multi-word entry: the words after the first one, and what the whole means.</summary>
internal sealed class Phrase
{
    public Phrase(string[] rest, PhraseKind kind)
    {
        (Rest, Kind) = (rest, kind);
        NextLast = rest.Length > 0 && rest[0].Length > 0 ? rest[0][^1] : '\0';
    }

    /// <summary>Normalised words after the first.</summary>
    public string[] Rest { get; }

    public PhraseKind Kind { get; }

    /// <summary>Last letter of the second word ('\0' when none): a following word must end with it, clitics or not.</summary>
    public char NextLast { get; }

    public FigureQualifier Qualifier { get; init; }

    /// <summary>Authority code, region code, or (for <see cref="PhraseKind.Place"/>) the region.</summary>
    public string? Code { get; init; }

    public string? Area { get; init; }

    public FigureCategory Category { get; init; }

    public CueRole Role { get; init; }

    /// <summary>Authority strength: 2 names an issuer outright; 1 needs an attribution verb next to it.</summary>
    public int Strength { get; init; }

    public int Month { get; init; }

    public long Value { get; init; }

    public FigureSubgroup Subgroup { get; init; }

    public int Length => Rest.Length + 1;
}
