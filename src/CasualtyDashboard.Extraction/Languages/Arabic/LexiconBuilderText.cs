using CasualtyDashboard.Extraction.Normalization;

namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>Normalisation for tables that live outside the main word table.</summary>
internal static class LexiconBuilderText
{
    public static string Normalize(string text) => ArabicNormalizer.NormalizeWord(text);
}
