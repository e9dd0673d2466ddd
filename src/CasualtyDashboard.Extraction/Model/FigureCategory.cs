namespace CasualtyDashboard.Extraction.Model;

/// <summary>What a figure counts (SCHEMA.md <c>category</c>).</summary>
public enum FigureCategory
{
    Killed,
    Injured,
    Missing,
    /// <summary>Killed and injured counted together and not separable ("مقتل وإصابة 9 أشخاص").</summary>
    Casualties,
}
