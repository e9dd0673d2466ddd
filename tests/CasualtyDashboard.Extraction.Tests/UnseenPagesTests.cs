namespace CasualtyDashboard.Extraction.Tests;

/// <summary>
/// Whole web pages written for the project (issue 9, rules 1.19.0; none copied from the corpus): the errors of the
/// held-out set lie above the sentence, so each page has the shape pages have — a headline copy, a dateline or byline, a
/// lead, body paragraphs, bullet lists, a quoted statement, a background paragraph (وكان ... قد), another side (في
/// المقابل، من جهتها، أما، على الجانب الآخر) and an appended tail about another event — and lists every figure with its
/// attributes by SCHEMA (a "?" figure is required: false). An extra figure fails too. Pages: P1 bulletin with a rounded
/// headline copy and a list by place, P2 other side, background and a tail in another country, P3 undated named day
/// beside the running total, P4 issuer carried to bullets and a side turned by أما, P5 issuer named once then the
/// running total, P6 headline copy against the body's hedged statement, P7 من جهتها and على الجانب الآخر, P8 undated
/// report with a background toll, P9 a named day's strikes beside the day's bulletin.
/// </summary>
public sealed class UnseenPagesTests : UnseenPagesTestBase
{
    /// <summary>The pages: id, publication day ("yyyy-MM-dd" or null), outlet, text, expected figures (<see cref="UnseenPagesTestBase"/>).</summary>
    public static TheoryData<string, string?, string?, string, string> Pages => new()
    {
        { "P1", "2024-05-12", "وكالة محلية",
            "الصحة في غزة: أكثر من 35 ألف شهيد منذ بدء العدوان\n"
            + "غزة - الأحد 12 مايو 2024\n"
            + "أعلنت وزارة الصحة في غزة، اليوم الأحد، ارتفاع حصيلة الشهداء منذ السابع من أكتوبر إلى 35034 شهيدا و78755 مصابا.\n"
            + "وأوضحت الوزارة في بيانها أن الاحتلال ارتكب 4 مجازر خلال الساعات الـ24 الماضية، وصل منها إلى المستشفيات 63 شهيدا و114 مصابا.\n"
            + "وتوزع شهداء اليوم على النحو التالي:\n"
            + "- 40 شهيدا في مدينة غزة وشمالها\n"
            + "- 23 شهيدا في رفح\n"
            + "ودعت الوزارة إلى إدخال الوقود للمستشفيات.",
            "35034 killed all authority=gaza_moh region=gaza basis=cumulative since=2023-10-07 reported_on=2024-05-12"
            + " | 78755 injured all authority=gaza_moh region=gaza basis=cumulative reported_on=2024-05-12"
            + " | 63 killed all authority=gaza_moh region=gaza basis=period reported_on=2024-05-12"
            + " | 114 injured all authority=gaza_moh region=gaza basis=period"
            + " | 40 killed all authority=gaza_moh region=gaza basis=period"
            + " | 23 killed all authority=gaza_moh region=gaza basis=period" },
        { "P2", "2024-11-03", "صحيفة عربية",
            "غارات إسرائيلية على جنوب لبنان\n"
            + "بيروت - 3 نوفمبر 2024 (وكالات)\n"
            + "قالت وزارة الصحة اللبنانية إن الغارات الإسرائيلية على الجنوب والبقاع أدت أمس السبت إلى استشهاد 41 شخصا وإصابة 108 آخرين.\n"
            + "وأضافت أن الحصيلة الإجمالية منذ بدء العدوان ارتفعت إلى 2936 شهيدا و13047 جريحا.\n"
            + "في المقابل، أعلن الجيش الإسرائيلي مقتل جنديين في معارك جنوب لبنان.\n"
            + "وكانت الوزارة قد أعلنت يوم الخميس الماضي أن عدد الشهداء بلغ 2865.\n"
            + "وفي سياق آخر، لقي 5 أشخاص مصرعهم في حادث سير على الطريق الصحراوي في الأردن.",
            "41 killed all authority=lebanon_moh region=lebanon basis=period reported_on=2024-11-03"
            + " | 108 injured all authority=lebanon_moh region=lebanon basis=period"
            + " | 2936 killed all authority=lebanon_moh region=lebanon basis=cumulative"
            + " | 13047 injured all authority=lebanon_moh region=lebanon basis=cumulative"
            + " | 2 killed soldiers authority=israel_army region=lebanon basis=incident"
            + " | 2865 killed all authority=lebanon_moh region=lebanon basis=cumulative reported_on=2024-10-31"
            + " | 5 killed all authority=unattributed region=jordan basis=incident" },
        { "P3", null, null,
            "حصيلة يوم دام في غزة\n"
            + "أعلن المكتب الإعلامي الحكومي في غزة أن حصيلة يوم أمس بلغت 47 شهيدا و90 جريحا.\n"
            + "وقال المكتب إن إجمالي الشهداء منذ بداية الحرب وصل إلى 36 ألفا و200 شهيد.\n"
            + "وأشار إلى أن من بين الشهداء:\n"
            + "- 15 ألفا و400 طفل\n"
            + "- 10 آلاف امرأة\n"
            + "وطالب المكتب المجتمع الدولي بالتدخل العاجل.",
            "47 killed all authority=gaza_gmo region=gaza basis=period reported_on=-"
            + " | 90 injured all authority=gaza_gmo region=gaza basis=period reported_on=-"
            + " | 36200 killed all authority=gaza_gmo region=gaza basis=cumulative reported_on=-"
            + " | 15400 killed children authority=gaza_gmo region=gaza basis=cumulative"
            + " | 10000 killed women authority=gaza_gmo region=gaza basis=cumulative" },
        { "P4", "2024-05-14", "موقع إخباري",
            "السودان: قتلى وجرحى في قصف على الفاشر\n"
            + "الخرطوم - الثلاثاء 14 مايو 2024\n"
            + "قالت شبكة أطباء السودان إن القصف المدفعي على أحياء الفاشر أسفر اليوم عن مقتل 11 مدنيا.\n"
            + "وأحصت الشبكة في بيانها:\n"
            + "- 7 قتلى في حي الوحدة\n"
            + "- 4 قتلى قرب السوق الكبير\n"
            + "وأضافت أن 35 آخرين أصيبوا بجروح.\n"
            + "أما قوات الدعم السريع فقالت إن 14 من مقاتليها قتلوا في المعارك.",
            "11 killed civilians authority=sudan_doctors region=sudan basis=incident reported_on=2024-05-14"
            + " | 7 killed all authority=sudan_doctors region=sudan"
            + " | 4 killed all authority=sudan_doctors region=sudan"
            + " | 35 injured all authority=sudan_doctors region=sudan"
            + " | 14 killed fighters authority=other:rsf region=sudan" },
        { "P5", "2024-05-06", "وكالة فلسطينية",
            "ثلاثة شهداء برصاص الاحتلال في طولكرم\n"
            + "رام الله - 6 مايو 2024\n"
            + "أفادت وزارة الصحة الفلسطينية في رام الله باستشهاد ثلاثة شبان برصاص قوات الاحتلال في مخيم نور شمس بطولكرم فجر اليوم.\n"
            + "وبذلك يرتفع عدد الشهداء في الضفة الغربية منذ السابع من أكتوبر إلى 493 شهيدا.\n"
            + "كما أصيب نحو 4900 مواطن بجروح في الفترة ذاتها.",
            "3 killed all authority=pa_moh region=west_bank basis=incident reported_on=2024-05-06"
            + " | 493 killed all authority=pa_moh region=west_bank basis=cumulative since=2023-10-07"
            + " | 4900 injured all qualifier=about authority=pa_moh region=west_bank basis=cumulative" },
        { "P6", "2023-02-08", "وكالة دولية",
            "ارتفاع حصيلة الزلزال في تركيا إلى نحو 300 قتيل\n"
            + "أنقرة - 8 فبراير 2023 (أ ف ب)\n"
            + "ارتفاع حصيلة الزلزال في تركيا إلى نحو 300 قتيل\n"
            + "أعلنت إدارة الكوارث والطوارئ التركية أن حصيلة ضحايا الزلزال ارتفعت إلى 296 قتيلا على الأقل و1450 مصابا.\n"
            + "وقالت الإدارة إن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض.",
            "296 killed all qualifier=at_least authority=other:afad region=turkey basis=cumulative reported_on=2023-02-08"
            + " | 1450 injured all authority=other:afad region=turkey basis=cumulative" },
        { "P7", "2024-07-21", "قناة إخبارية",
            "اليمن: قتلى في غارات على الحديدة\n"
            + "صنعاء - 21 يوليو 2024\n"
            + "قالت وزارة الصحة في صنعاء إن الغارات على ميناء الحديدة أسفرت عن 6 قتلى و80 جريحا.\n"
            + "وأضافت الوزارة أن معظم الجرحى من عمال الميناء.\n"
            + "من جهتها، أعلنت الشرطة الإسرائيلية أن شخصا قتل و10 أصيبوا في هجوم بطائرة مسيرة على تل أبيب.\n"
            + "وعلى الجانب الآخر، قتل 3 صيادين في قصف قرب سواحل البحر الأحمر.",
            "6 killed all authority=other:yemen_moh region=yemen basis=incident"
            + " | 80 injured all authority=other:yemen_moh region=yemen basis=incident"
            + " | ?1 killed all authority=israel_police region=israel"
            + " | 10 injured all authority=israel_police region=israel basis=incident"
            + " | 3 killed all authority=unattributed basis=incident" },
        { "P8", null, null,
            "أمطار غزيرة تضرب باكستان\n"
            + "أعلنت الهيئة الوطنية لإدارة الكوارث في باكستان أن عدد الوفيات جراء الأمطار الموسمية منذ منتصف يونيو بلغ 312 شخصا.\n"
            + "وأضافت الهيئة أن 24 شخصا لقوا حتفهم خلال الساعات الـ48 الماضية في إقليم البنجاب.\n"
            + "وكانت الفيضانات قد تسببت العام الماضي في مقتل أكثر من 1700 شخص في البلاد.",
            "312 killed all authority=other:ndma region=pakistan basis=cumulative reported_on=-"
            + " | 24 killed all authority=other:ndma region=pakistan basis=period reported_on=-"
            + " | 1700 killed all qualifier=more_than authority=unattributed region=pakistan reported_on=-" },
        { "P9", "2024-05-10", "موقع إخباري",
            "مجازر جديدة في رفح\n"
            + "الجمعة 10 مايو 2024\n"
            + "قال الدفاع المدني في غزة إن غارات يوم أمس على رفح أسفرت عن 19 شهيدا، بينهم 8 أطفال.\n"
            + "وأوضح المتحدث باسم الجهاز أن 30 شخصا أصيبوا في الغارات ذاتها على حي الجنينة.\n"
            + "وفي وقت لاحق، أعلنت وزارة الصحة أن حصيلة الشهداء منذ بدء الحرب بلغت 34943 شهيدا.",
            "19 killed all authority=gaza_civil_defence region=gaza basis=period"
            + " | 8 killed children authority=gaza_civil_defence region=gaza basis=period"
            + " | 30 injured all authority=gaza_civil_defence region=gaza basis=period"
            + " | 34943 killed all authority=gaza_moh region=gaza basis=cumulative reported_on=2024-05-10" },
    };
}
