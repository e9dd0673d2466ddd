using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Extraction.Tokenization;

/// <summary>What a word's entry says beyond the flags copied beside each token: read at one position only.</summary>
internal static class TextAnalysisRoles
{
    /// <summary>True when the word at <paramref name="token"/> (clitics stripped) plays <paramref name="role"/>.</summary>
    // (The roles are copied beside the token, none for an unknown word or no word, so the entry is not opened.)
    public static bool Is(this TextAnalysis a, int token, WordRole role) =>
        unchecked((uint)token < (uint)a.Count) && (a.Roles[token] & role) != 0;

    /// <summary>As <see cref="Is"/>, for a word with no clitic or only و / ف before it.</summary>
    public static bool IsBare(this TextAnalysis a, int token, WordRole role) => a.Is(token, role) && a.IsBareOrConjoined(token);

    /// <summary>The side of a war the word names (<see cref="WordInfo.Side"/>), or null.</summary>
    public static FigureSubgroup? SideOf(this TextAnalysis a, int token) => a.IsWord(token) ? a.Info[token]?.Side : null;
}
