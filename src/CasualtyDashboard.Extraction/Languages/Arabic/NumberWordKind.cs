namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>How a number word combines with its neighbours.</summary>
internal enum NumberWordKind : byte
{
    None,
    /// <summary>1-10 (ثلاثة، خمس).</summary>
    Unit,
    /// <summary>عشر / عشرة after a unit makes a teen (خمسة عشر).</summary>
    TeenTen,
    /// <summary>20-90 (عشرون، أربعين).</summary>
    Ten,
    /// <summary>100-900 (مئة، مئتان، ثلاثمائة).</summary>
    Hundred,
    /// <summary>ألف، آلاف، مليون، ملايين، مليار: multiplies what precedes.</summary>
    Scale,
    /// <summary>عشرات، مئات، آلاف، بضعة، عدة: a vague count whose value is the lower bound.</summary>
    Vague,
}
