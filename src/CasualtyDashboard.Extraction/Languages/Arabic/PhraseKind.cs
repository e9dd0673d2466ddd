namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>What a multi-word (or single-word) entry names.</summary>
internal enum PhraseKind : byte
{
    Hedge,
    Authority,
    Place,
    /// <summary>إقرأ أيضا، مقالات مشابهة: the rest of the page is other articles.</summary>
    CutRest,
    /// <summary>إقرأ المزيد: the rest of the line is a teaser.</summary>
    CutLine,
    Casualty,
    Vague,
    Month,
    /// <summary>A cumulative span start (منذ بدء الحرب).</summary>
    WarStart,
    /// <summary>A subgroup phrase (كبار السن، طواقم طبية).</summary>
    Subgroup,
}
