namespace CasualtyDashboard.Extraction.Scoring;

/// <summary>Kinds of scoring error.</summary>
public enum ScoringErrorKind
{
    Miss,
    FalsePositive,
    WrongAttributes,
}
