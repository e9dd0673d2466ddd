namespace CasualtyDashboard.Extraction.Tests;

/// <summary>
/// The mechanisms of rules 1.21.0 (decision 065), each on sentences written for the project (none copied from the
/// corpus): a sum of incidents told by counted strikes, strikes on two places or victims over several places (period);
/// the toll's own event in its clause (incident); a war's toll made definite by its place or told through a relative
/// clause, a rise of one event's toll over its own span, background with an earlier count of a running total
/// (cumulative); "also" with another issuer's statement; a statement going on with the same speaker dated by the one
/// before. Publication date 2024-05-10 (a Friday) unless the case gives its own.
/// </summary>
public sealed class BasisFrameRound4Tests
{
    private static readonly ArabicCasualtyExtractor Extractor = new();

    [Theory]
    // Sums of incidents.
    [InlineData("B1", "نفذت الطائرات الحربية أكثر من 40 غارة على ريف إدلب، قتل على إثرها 12 مدنيا.", "12 killed civilians region=syria basis=period")]
    [InlineData("B2", "وقصفت القوات بعشرات القذائف قرى ريف حماة، ما أسفر عن مقتل سبعة أشخاص.", "7 killed all region=syria basis=period")]
    [InlineData("B3", "قال المرصد إن 14 مدنيا قتلوا في غارات على مدينة إدلب ومعرة مصرين.", "14 killed civilians authority=syrian_observatory region=syria basis=period")]
    [InlineData("B4", "وقال المرصد إن ستة مدنيين قتلوا إثر غارات لطائرات النظام على عدة محاور في ريف حلب.", "6 killed civilians authority=syrian_observatory region=syria basis=period")]
    [InlineData("B5", "ونفذ التحالف 18 غارة على مواقع التنظيم، وقتل 9 جنود في كمين قرب مدينة الرمادي.", "9 killed soldiers region=iraq basis=incident")]
    [InlineData("B6", "قتل 5 أشخاص في غارات استهدفت مدينة صعدة.", "5 killed all region=yemen basis=incident")]
    // Running totals.
    [InlineData("C1", "وقالت الأمم المتحدة إن النساء والأطفال يشكلون 60 بالمائة من آلاف القتلى في حرب غزة.", "?2000 killed all region=gaza basis=cumulative")]
    [InlineData("C2", "يذكر أن الحرب التي اندلعت في السودان منتصف أبريل 2023، أسفرت عن مقتل أكثر من 20 ألف شخص.", "20000 killed all qualifier=more_than region=sudan basis=cumulative")]
    [InlineData("C3", "أعلن وزير الصحة ارتفاع حصيلة ضحايا انفجار المرفأ خلال اليومين الماضيين إلى 150 قتيلا.", "150 killed all basis=cumulative")]
    [InlineData("C4", "وأعلنت وزارة الصحة في غزة أن عدد ضحايا استهداف منتظري المساعدات خلال الـ24 ساعة الماضية وصل إلى 19 شهيدا.", "19 killed all authority=gaza_moh region=gaza basis=period")]
    [InlineData("C5", "أعلنت السلطات ارتفاع حصيلة ضحايا الفيضانات في ليبيا إلى 120 قتيلا.\nوكانت السلطات قد أكدت سقوط 60 قتيلا في حصيلة مبدئية.", "120 killed all region=libya basis=cumulative | ?60 killed all region=libya basis=cumulative")]
    [InlineData("C6", "قتل 12 شخصا في غارة على سوق في مدينة تعز.\nوكانت قناة محلية قد بثت حصيلة أولية أشارت إلى مقتل خمسة أشخاص.", "12 killed all region=yemen basis=incident | ?5 killed all region=yemen basis=incident")]
    [InlineData("C7", "رفعت وزارة الصحة في صنعاء حصيلة ضحايا الغارة على السوق إلى 25 قتيلا.", "25 killed all authority=other:health_ministry region=yemen basis=cumulative")]
    public void Sentence_GivesItsBasis(string id, string text, string expected) =>
        UnseenPhrasingTests.Check(Extractor, id, text, expected);

    [Theory]
    // كما with another issuer's statement opens a report of its own: the White Helmets' count is no running total.
    [InlineData("F1", "2023-02-07",
        "ونقلت الوكالة الرسمية عن وزارة الصحة مقتل 300 شخص في حصيلة جديدة.\nكما أوردت منظمة الخوذ البيضاء مقتل 150 شخصا وإصابة 400 بجروح.",
        "300 killed all basis=cumulative | 150 killed all authority=other:white_helmets basis=incident | 400 injured all authority=other:white_helmets basis=incident")]
    // The same speaker goes on: the statement is dated by the day the first one was made; a new speaker is not.
    [InlineData("F2", "2024-09-15",
        "أعلنت وزارة الصحة مساء أمس السبت مقتل ثلاثة أشخاص وإصابة 40 آخرين في تصادم قطارين.\nوأوضحت الوزارة في بيانها أن 6 من المصابين في حالة خطيرة.\nوقال مصدر مسؤول بالمديرية إن بين القتلى طفلتين.",
        "3 killed all reported_on=2024-09-14 | 40 injured all reported_on=2024-09-14 | ?6 injured other reported_on=2024-09-14 | 2 killed children reported_on=2024-09-15")]
    // The head noun of an issuer named before, made definite: وكانت الشبكة قد أحصت.
    [InlineData("F3", "2024-09-22",
        "قالت شبكة أطباء السودان إن 30 مدنيا قتلوا في قصف على الفاشر.\nوكانت الشبكة قد أحصت الشهر الماضي مقتل 11 شخصا في هجوم على مخيم أبو شوك.",
        "30 killed civilians authority=sudan_doctors region=sudan | 11 killed all authority=sudan_doctors region=sudan basis=incident")]
    public void Report_GivesItsFigures(string id, string published, string text, string expected) =>
        UnseenPhrasingTests.Check(Extractor, new Model.ArticleInput(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), null, id), expected);
}
