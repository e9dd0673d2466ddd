namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>Grammatical and contextual roles a word can play around a figure.</summary>
[Flags]
internal enum WordFlags : long
{
    None = 0,
    /// <summary>بينهم، منهم، بينها: what follows is part of the preceding toll.</summary>
    SubgroupMarker = 1L << 0,
    /// <summary>آخرين، آخرون: "and N others" — a person noun with no subgroup of its own.</summary>
    Others = 1L << 1,
    /// <summary>خطيرة، متوسطة، طفيفة: a severity split of a toll (subgroup other).</summary>
    Severity = 1L << 2,
    /// <summary>A counted thing that is not a casualty (صاروخ، يوم، دولار، أسير، منزل).</summary>
    Blocker = 1L << 3,
    /// <summary>حصيلة، عدد، إجمالي: a toll is named.</summary>
    Toll = 1L << 4,
    /// <summary>ارتفع، بلغ، وصل: a running total reaches a value.</summary>
    Rise = 1L << 5,
    /// <summary>إلى / الى.</summary>
    To = 1L << 6,
    /// <summary>منذ.</summary>
    Since = 1L << 7,
    /// <summary>خلال، طيلة: a stated span.</summary>
    During = 1L << 8,
    Yesterday = 1L << 9,
    Today = 1L << 10,
    /// <summary>قال، أعلن، أفاد، ذكر، بحسب، وفقا: who said it is near.</summary>
    Attribution = 1L << 11,
    Weekday = 1L << 12,
    Month = 1L << 13,
    /// <summary>من (of / from).</summary>
    Of = 1L << 14,
    /// <summary>An action on people that is not a casualty (اعتقال، أسر، إجلاء، استدعاء): stops a backward cue search.</summary>
    NonCasualtyAction = 1L << 15,
    /// <summary>Cumulative marker on its own (إجمالي، التراكمي، الإجمالية).</summary>
    Cumulative = 1L << 16,
    /// <summary>ساعة، يوم، أسبوع، شهر: a span unit after خلال.</summary>
    SpanUnit = 1L << 17,
    /// <summary>الماضي / الماضية (last ...).</summary>
    Past = 1L << 18,
    /// <summary>Adjective after a count that is not a casualty (احتياطي).</summary>
    BlockerAfter = 1L << 19,
    /// <summary>بجروح / بإصابات: "injured" as a manner phrase after a count.</summary>
    Wounds = 1L << 20,
    /// <summary>حالة / حالات: a case count; its sense comes from context.</summary>
    Case = 1L << 21,
    /// <summary>الوزارة: the ministry named earlier.</summary>
    MinistryAnaphor = 1L << 22,
    /// <summary>وأضاف، وأشار، وتابع: a paragraph continuing the previous speaker.</summary>
    Continuation = 1L << 23,
    /// <summary>يخشى، قد يرتفع: a fear or projection, not a figure.</summary>
    Projection = 1L << 24,
    /// <summary>في / ب as a locative preposition (kept as a word for place weighting).</summary>
    In = 1L << 25,
    /// <summary>جديد / جدد: an increment.</summary>
    New = 1L << 26,
    /// <summary>نفي / نفت: a denial.</summary>
    Denial = 1L << 27,
    /// <summary>المساعدات، المجاعة، التجويع: a toll of aid-seekers or of famine, a part (subgroup other) of the war toll.</summary>
    AidOrFamine = 1L << 28,
    /// <summary>جثة، جثث، جثامين: bodies, counted as a part of a toll.</summary>
    Body = 1L << 29,
    /// <summary>نقل، إسعاف، توزيع: victims taken to hospital.</summary>
    Transport = 1L << 30,
    /// <summary>المستشفى، المستشفيات.</summary>
    Hospital = 1L << 31,
}
