namespace CasualtyDashboard.Extraction.Scoring;

/// <summary>The scores SCHEMA.md defines, plus every error found.</summary>
public sealed record ScoreReport(
    PrfScore Core,
    PrfScore Full,
    IReadOnlyList<AttributeAccuracy> Attributes,
    IReadOnlyList<ScoringError> Errors,
    int Articles)
{
    public AttributeAccuracy Attribute(string name) => Attributes.First(a => a.Attribute == name);
}
