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
    /// <summary>أعلن، قال، أكد، أفاد، ذكر، اعترف، أقر، اتهم، كشف (any person): a verb whose subject issues what follows.</summary>
    ReportVerb = 1L << 32,
    /// <summary>استنادا، بناء (إلى / على): what a tally rests on, not who issued it.</summary>
    TallyBase = 1L << 33,
    /// <summary>فجر، صباح، مساء، ظهر، منتصف، ليل، ليلة، ساعة، ساعات: a time of the day (منذ فجر اليوم).</summary>
    TimeOfDay = 1L << 34,
    /// <summary>حتى / وحتى.</summary>
    Until = 1L << 35,
    /// <summary>الآن، اللحظة، الساعة، اليوم، تاريخه: "now" after حتى.</summary>
    Now = 1L << 36,
    /// <summary>غارات، هجمات، اعتداءات، اشتباكات، معارك ...: several strikes or clashes.</summary>
    Strikes = 1L << 37,
    /// <summary>المتواصل، المستمر، المكثف: an ongoing bombardment (after قصف).</summary>
    Ongoing = 1L << 38,
    /// <summary>غارة، قصف، هجوم، حادث، انفجار، انهيار ...: one strike or accident (an event a sentence can tell of its own).</summary>
    Event = 1L << 39,
    /// <summary>حرب، صراع، نزاع.</summary>
    War = 1L << 40,
    /// <summary>أسفرت، خلفت، أودت، أوقعت، حصدت: an event caused a toll.</summary>
    Caused = 1L << 41,
    /// <summary>يذكر، يشار، تجدر: the outlet's background follows (يذكر أن، وتجدر الإشارة).</summary>
    Background = 1L << 42,
    /// <summary>كان، كانت: with قد after it, a past report (وكان ... قد).</summary>
    Was = 1L << 43,
    /// <summary>الذي، التي، الذين، اللذين، اللتين: a relative clause starts.</summary>
    Relative = 1L << 44,
    /// <summary>مناطق، أنحاء، محاور، مختلف: places spread out (with متفرقة / عدة after them: several strikes).</summary>
    Spread = 1L << 45,
    /// <summary>متفرقة، عدة، متعددة، مختلفة: spread out (after مناطق / أنحاء).</summary>
    Scattered = 1L << 46,
    /// <summary>نقل، نقلا، استقى (عن): a relay; who it is from is the origin of the figure.</summary>
    Relay = 1L << 47,
    /// <summary>يوم (the word "day" itself, as in يوم أمس، يوم الاثنين).</summary>
    DayWord = 1L << 48,
    /// <summary>هذا، هذه: a demonstrative opening a comment on what was said.</summary>
    This = 1L << 49,
    /// <summary>هي، هو: a pronoun (with و: a clause about the last thing named).</summary>
    Pronoun = 1L << 50,
    /// <summary>قد (before a past verb).</summary>
    Already = 1L << 51,
    /// <summary>يعد، يعتبر (with و: the outlet's comment, وهذا ويعد أسوأ ...).</summary>
    Considered = 1L << 52,
    /// <summary>شرق، غرب، شمال، جنوب، شرقي ...، ريف: a place located by a larger one after it (حي الجنينة شرق رفح، أريحا بريف إدلب).</summary>
    Direction = 1L << 53,
    /// <summary>مقره، مقرها: the seat of an issuer (ومقره المملكة المتحدة), not where victims were.</summary>
    Seat = 1L << 54,
    /// <summary>ذاته، ذاتها، نفسه، نفسها: the same (المصادر ذاتها، في السياق نفسه).</summary>
    Same = 1L << 55,
    /// <summary>سياق (وفي هذا السياق، وفي سياق متصل، وفي سياق التصعيد).</summary>
    Context = 1L << 56,
    /// <summary>متصل، ذي صلة: related (وفي سياق متصل).</summary>
    Related = 1L << 57,
    /// <summary>حسب، بحسب، وفق، وفقا، طبقا: according to (its object is the issuer).</summary>
    According = 1L << 58,
    /// <summary>عن (نقل ... عن، نقلا عن: from whom a relay took the figure).</summary>
    From = 1L << 59,
    /// <summary>بين (بين 30 و40: a range).</summary>
    Between = 1L << 60,
    /// <summary>المقابل، الجانب (في المقابل، على الجانب الآخر): the other side.</summary>
    Side = 1L << 61,
    /// <summary>على.</summary>
    On = 1L << 62,
    /// <summary>حول، بخصوص، بشأن: "as for" — a sentence opening with it names the group its counts are about.</summary>
    Regarding = 1L << 63,
}
