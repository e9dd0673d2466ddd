using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Extraction;

/// <summary>Turns one article into the casualty figures it reports.</summary>
public interface ICasualtyExtractor
{
    /// <summary>Version of the rules; stored with every figure so a change triggers re-extraction.</summary>
    string Version { get; }

    /// <summary>Every figure the article reports. Bad input gives an empty list, never an exception.</summary>
    IReadOnlyList<CasualtyFigure> Extract(ArticleInput article);
}
