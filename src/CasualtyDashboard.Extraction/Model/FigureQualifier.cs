namespace CasualtyDashboard.Extraction.Model;

/// <summary>How the text hedges a number (SCHEMA.md <c>qualifier</c>).</summary>
public enum FigureQualifier
{
    Exact,
    AtLeast,
    MoreThan,
    About,
    UpTo,
    /// <summary>عشرات، مئات، آلاف، بضعة: the value is the lower bound.</summary>
    Vague,
}
