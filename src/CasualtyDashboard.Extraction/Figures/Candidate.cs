using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Numbers;

namespace CasualtyDashboard.Extraction.Figures;

/// <summary>A count bound to a casualty sense, before attribution.</summary>
internal sealed class Candidate
{
    public required NumberPhrase Number { get; init; }

    public FigureQualifier Qualifier { get; set; }

    public FigureCategory Category { get; set; }

    public FigureSubgroup Subgroup { get; set; }

    /// <summary>First and last token of the evidence.</summary>
    public int First { get; set; }

    public int Last { get; set; }

    /// <summary>Region named by the counted noun itself (فلسطينيا، جنديا عراقيا).</summary>
    public string? Demonym { get; set; }

    /// <summary>The toll this figure is part of (بينهم 4237 طفلا), whose attributes it shares.</summary>
    public Candidate? Parent { get; set; }

    public string Rule { get; set; } = "";

    /// <summary>Counts aid-seekers or famine deaths (شهداء المساعدات): a part of the war toll.</summary>
    public bool AidToll { get; set; }
}
