namespace CasualtyDashboard.Extraction.Tests;

/// <summary>
/// A ninth round of whole pages written for the project (issue 9; none copied from the corpus, their phrasings grepped
/// against it), for the classes decision 078 left open: a bare الجيش with no army named before it, read by the figure's
/// country (Israel's in Gaza and the West Bank); a noun whose dual is spelt as its plural, a dual when the verb after it
/// is (مدنيين لقيا مصرعهما: skipped, see Y2); a toll corrected "to" a number (صححت) as a running total; the span "خلال الأيام الخمسة /
/// الساعات الـ72 الماضية" counted back from the report day. Every figure was written by SCHEMA before the first run; "?"
/// marks required: false. Decision 082 says which failed on rules 1.25.0.
/// </summary>
public sealed class UnseenPagesRound9Tests : UnseenPagesTestBase
{
    /// <summary>The pages: id, publication day ("yyyy-MM-dd" or null), outlet, text, expected figures (<see cref="UnseenPagesTestBase"/>).</summary>
    public static TheoryData<string, string?, string?, string, string> Pages => new()
    {
        { "X1", "2025-05-14", "وكالة وطن (wattan.net)",
            "اقتحام قباطية: إصابات بالرصاص الحي وجنديان جريحان\n"
            + "جنين - خاص\n"
            + "قال الجيش في بلاغ مقتضب صباح اليوم إن 2 من جنوده أصيبوا بجروح متوسطة خلال اقتحام بلدة قباطية جنوب جنين.\n"
            + "وأفاد الهلال الأحمر الفلسطيني بأن طواقمه تعاملت مع 9 إصابات بالرصاص الحي في البلدة.\n"
            + "وبحسب معطيات الهلال، أصيب 73 فلسطينيا في محافظة جنين خلال الأيام الخمسة الماضية.",
            "2 injured soldiers authority=israel_army region=west_bank basis=incident reported_on=2025-05-14"
            + " | 9 injured all authority=other:red_crescent region=west_bank basis=incident reported_on=2025-05-14"
            + " | 73 injured all authority=other:red_crescent region=west_bank basis=period since=2025-05-09 reported_on=2025-05-14" },
        { "X2", "2025-02-20", "شبكة أخبار العراق (aliraqnews.com)",
            "ارتفاع ضحايا انفجار صهريج الوقود في الزبير\n"
            + "البصرة - الخميس 20 شباط 2025\n"
            + "قالت دائرة صحة البصرة إن انفجار صهريج وقود في قضاء الزبير مساء الأربعاء أسفر عن وفاة 6 أشخاص، ثم صححت الدائرة الحصيلة صباح اليوم إلى 8 وفيات.\n"
            + "وأضافت أن 12 مصابا ما زالوا يرقدون في مستشفى البصرة التعليمي.",
            "?6 killed all authority=other:health_directorate region=iraq"
            + " | 8 killed all authority=other:health_directorate region=iraq basis=cumulative reported_on=2025-02-20"
            + " | 12 injured all authority=other:health_directorate region=iraq reported_on=2025-02-20" },
        { "X3", "2024-12-02", "وكالة سند للأنباء",
            "غزة - الإثنين 2 كانون الأول 2024\n"
            + "قال الجيش في بيان مساء الأحد إن ثلاثة من جنوده قتلوا في اشتباك بمدينة بيت لاهيا شمالي القطاع.\n"
            + "من جهتها، قالت وزارة الصحة إن مستشفيات القطاع استقبلت 97 شهيدا و214 مصابا خلال الساعات الـ72 الماضية.",
            "3 killed soldiers authority=israel_army region=gaza basis=incident reported_on=2024-12-01"
            + " | 97 killed all authority=gaza_moh region=gaza basis=period since=2024-11-29 reported_on=2024-12-02"
            + " | 214 injured all authority=gaza_moh region=gaza basis=period since=2024-11-29 reported_on=2024-12-02" },
    };

    /// <summary>
    /// The same classes, one sentence each (written for the project), with controls: a noun whose dual is spelt as its
    /// plural gives no count when nothing agrees with it (SCHEMA gives none); a nationality after الجيش is that country's.
    /// </summary>
    [Theory]
    [InlineData("Y1", "2025-01-12", "وصححت مديرية الدفاع المدني عدد ضحايا الحريق في السوق إلى 31 قتيلا.", "31 killed all basis=cumulative")]
    [InlineData("Y2", "2025-01-12", "وقالت الشرطة إن مدنيين لقيا مصرعهما في انفجار عبوة ناسفة بريف كركوك.", "2 killed civilians authority=other:police region=iraq basis=incident", Skip = "A noun whose dual is spelt as its plural, read as a dual from the verb after it: the rule passed this and left seed, dev and dev2-train unchanged but took the dev2 validation quarter's basis below its floor, and was removed untuned (decision 082).")]
    [InlineData("Y3", "2025-01-12", "أعلنت الشرطة مقتل شرطيين في هجوم مسلح على دورية في بغداد.", "")]
    [InlineData("Y4", "2025-01-12", "قالت منظمة الصحة العالمية إن 40 شخصا توفوا بالكوليرا خلال الأيام العشرة الماضية في إقليم دارفور.", "40 killed all authority=who region=sudan basis=period since=2025-01-02")]
    [InlineData("Y5", "2025-01-12", "وقال الجيش إن 4 جنود أصيبوا في انفجار عبوة ناسفة في مخيم نور شمس بطولكرم.", "4 injured soldiers authority=israel_army region=west_bank basis=incident")]
    [InlineData("Y6", "2025-01-12", "وقال الجيش اللبناني إن 3 من جنوده أصيبوا في قصف على بلدة الناقورة.", "3 injured soldiers authority=other:lebanese_army region=lebanon basis=incident")]
    public void OpenClass_GivesItsFigures(string id, string published, string text, string expected) =>
        UnseenPhrasingTests.CheckPage(Extractor, id, published, null, text, expected);
}
