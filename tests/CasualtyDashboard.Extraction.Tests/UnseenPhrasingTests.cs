using System.Globalization;
using System.Text.Json;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;

namespace CasualtyDashboard.Extraction.Tests;

/// <summary>
/// Phrasings the development articles do not contain (issue 9, rules 1.16.0): each sentence was written for this test,
/// varying word order, clitics, spelling and number forms over relays, report verbs, casualty words and their
/// inflections, number forms, subgroups, named days, running totals, issuer frames, Israeli bodies and a body's own
/// members. Every figure of a sentence is listed, so an extra figure fails too. The ids group the phenomena: R relays,
/// V report verbs, W casualty words, N number forms, E elliptical items, D named days and spans, RT running totals,
/// F issuer frames, IL Israeli bodies, MI / X a body's members and mixed cases, S spelling and clitics.
/// </summary>
public sealed class UnseenPhrasingTests
{
    private static readonly ArabicCasualtyExtractor Extractor = new();

    [Theory]
    [InlineData("R1", "ونقلت قناة محلية عن وزارة الصحة في غزة قولها إن 27 فلسطينيا استشهدوا في غارات ليلية على رفح.", "27 killed all authority=gaza_moh region=gaza")]
    [InlineData("R2", "واستنادا إلى بيانات وزارة الصحة اللبنانية، قتل 14 شخصا وجرح 31 آخرون في الغارات على الجنوب.", "14 killed all authority=lebanon_moh region=lebanon | 31 injured all authority=lebanon_moh")]
    [InlineData("R3", "وبحسب ما أفادت به وزارة الصحة في رام الله، فقد استشهد 3 شبان برصاص الاحتلال في مخيم جنين.", "3 killed all authority=pa_moh region=west_bank")]
    [InlineData("R4", "ونقلت وكالة الأنباء الرسمية عن الدفاع المدني في غزة أن طواقمه انتشلت 16 شهيدا من تحت الأنقاض.", "16 killed all authority=gaza_civil_defence")]
    [InlineData("R5", "وأفاد مراسلنا، نقلا عن مصادر طبية، بأن 9 أشخاص أصيبوا في القصف على دير البلح.", "9 injured all authority=other:medical_sources region=gaza")]
    [InlineData("R6", "واستناداً لأرقام المكتب الإعلامي الحكومي في غزة، بلغ عدد الشهداء 34 ألفا و900 شهيد.", "34900 killed all authority=gaza_gmo basis=cumulative")]
    [InlineData("V1", "واعترف الجيش الإسرائيلي بمقتل 4 من جنوده في معارك شمال قطاع غزة.", "4 killed soldiers authority=israel_army region=gaza")]
    [InlineData("V2", "وأقرت الشرطة الإسرائيلية بإصابة ثمانية من أفرادها خلال المواجهات في القدس.", "8 injured police authority=israel_police")]
    [InlineData("V3", "واتهمت وزارة الصحة في غزة الاحتلال بقتل 45 مواطنا في مجزرة واحدة.", "45 killed all authority=gaza_moh region=gaza")]
    [InlineData("V4", "وأعلنت وزارة الصحة اللبنانية ارتفاع عدد الشهداء إلى 3500 شهيد منذ بدء العدوان.", "3500 killed all authority=lebanon_moh basis=cumulative region=lebanon")]
    [InlineData("V5", "أفاد الدفاع المدني في غزة بانتشال 12 جثمانا من تحت ركام منزل في حي الشجاعية.", "12 killed all authority=gaza_civil_defence region=gaza")]
    [InlineData("V6", "وذكرت منظمة الصحة العالمية أن 9 من العاملين الصحيين قتلوا في السودان خلال الشهر الماضي.", "9 killed medical authority=who region=sudan")]
    [InlineData("V7", "وأكدت الأونروا مقتل 180 من موظفيها في قطاع غزة منذ بدء الحرب.", "180 killed aid_workers authority=unrwa region=gaza basis=cumulative")]
    [InlineData("W1", "وسجلت السلطات الصحية في الهند 46 وفاة جديدة بسبب موجة الحر.", "46 killed all region=india")]
    [InlineData("W3", "ولقي سبعة عمال حتفهم إثر انهيار منجم للفحم في باكستان.", "7 killed all region=pakistan")]
    [InlineData("W4", "وانهار جسر قديم في المدينة راح ضحيته أحد عشر شخصا.", "11 killed all")]
    [InlineData("W5", "وقال خفر السواحل الليبي إن 23 مهاجرا ما زالوا في عداد المفقودين.", "23 missing all region=libya")]
    [InlineData("W6", "وأسفر الحادث عن إصابة 19 شخصا بجروح متفاوتة.", "19 injured all")]
    [InlineData("W7", "وسقط في القصف شهيدان وثلاثة جرحى.", "2 killed all | 3 injured all")]
    [InlineData("W8", "وأعلن الجيش الأردني مقتل جنديين في اشتباك مع مهربين على الحدود.", "2 killed soldiers region=jordan")]
    [InlineData("W9", "وارتفع عدد الوفيات جراء الفيضانات في ليبيا إلى 87.", "87 killed all basis=cumulative region=libya")]
    [InlineData("W11", "ولقوا حتفهم جميعا، وهم 5 من أسرة واحدة، في غارة على منزلهم.", "")]
    [InlineData("W12", "وأدى الانفجار إلى سقوط 13 قتيلا و20 جريحا.", "13 killed all | 20 injured all")]
    [InlineData("W13", "وجرح 6 مستوطنين في عملية إطلاق نار قرب نابلس.", "6 injured all")]
    [InlineData("W14", "وقضى 12 مهاجرا غرقا قبالة سواحل تونس.", "12 killed all region=tunisia")]
    [InlineData("W15", "وأسفرت الغارة عن استشهاد 3 فلسطينيين وإصابة آخرين بجروح.", "3 killed all")]
    [InlineData("W16", "وقتل 10 أشخاص وأصيب 4 بجراح في انفجار لغم أرضي في اليمن.", "10 killed all region=yemen | 4 injured all region=yemen")]
    [InlineData("W17", "وفقد 30 شخصا بعد غرق مركب في النيل.", "30 missing all")]
    [InlineData("N1", "وقتل ٢٣ شخصا وأصيب ٤٠ آخرون في التفجير.", "23 killed all | 40 injured all")]
    [InlineData("N2", "واستشهد ثلاثة وعشرون فلسطينيا في قصف على مخيم النصيرات.", "23 killed all region=gaza")]
    [InlineData("N3", "وقتل نحو 300 شخص في الزلزال.", "300 killed all qualifier=about")]
    [InlineData("N4", "وأصيب قرابة ألفي شخص في الزلزال.", "2000 injured all qualifier=about")]
    [InlineData("N5", "وقتل أكثر من مئة وخمسين مدنيا في المعارك.", "150 killed civilians qualifier=more_than")]
    [InlineData("N6", "وقتل ما بين 20 و25 شخصا في الهجوم.", "20 killed all qualifier=at_least")]
    [InlineData("N7", "وأسفرت الغارات عن 61 شهيدا، بينهم 17 طفلا و9 نساء.", "61 killed all | 17 killed children | 9 killed women")]
    [InlineData("N8", "واستشهد ما لا يقل عن 18 شخصا في غارة على خان يونس.", "18 killed all qualifier=at_least region=gaza")]
    [InlineData("N9", "وأصيب ما يزيد على 70 شخصا في التدافع.", "70 injured all qualifier=more_than")]
    [InlineData("N10", "وقتل 1.2 ألف شخص في المعارك منذ بدء الحرب في السودان.", "1200 killed all")]
    [InlineData("N11", "وخلف الهجوم 36 قتيلا، منهم ثمانية أطفال وأربع نساء.", "36 killed all | 8 killed children | 4 killed women")]
    [InlineData("E2", "وقتل 9 أشخاص في حمص و5 في حماة.", "9 killed all | 5 killed all")]
    [InlineData("D1", "وأسفرت غارات يوم الأربعاء على الجنوب عن 29 شهيدا، وفق وزارة الصحة اللبنانية.", "29 killed all basis=period authority=lebanon_moh")]
    [InlineData("D2", "وقالت الوزارة إن حصيلة يوم أمس بلغت 40 شهيدا و71 جريحا.", "40 killed all basis=period | 71 injured all basis=period")]
    [InlineData("D3", "واستشهد 52 فلسطينيا منذ فجر اليوم في غارات على القطاع.", "52 killed all basis=period")]
    [InlineData("D4", "وخلال الـ24 ساعة الماضية، وصل إلى المستشفيات 38 شهيدا و95 مصابا.", "38 killed all basis=period | 95 injured all basis=period")]
    [InlineData("RT1", "وارتفعت حصيلة الشهداء منذ السابع من أكتوبر إلى 34 ألفا و943 شهيدا. كما أصيب 78 ألفا و572 آخرون.", "34943 killed all basis=cumulative since=2023-10-07 | 78572 injured all basis=cumulative")]
    [InlineData("F1", "حصيلة جديدة للعدوان على غزة\n10 مايو 2024\nأعلنت وزارة الصحة في غزة، اليوم الجمعة، أن الاحتلال ارتكب 3 مجازر خلال 24 ساعة.\nوأسفرت المجازر عن 42 شهيدا و63 مصابا.\nوأوضحت أن عدد من وصلوا المستشفيات منذ بدء العدوان بلغ 34971 شهيدا.", "42 killed all authority=gaza_moh basis=period | 63 injured all authority=gaza_moh | 34971 killed all authority=gaza_moh basis=cumulative")]
    [InlineData("F2", "وقالت وزارة الصحة في غزة إن 31 شهيدا سقطوا في غارات الليلة الماضية.\nفي المقابل، أعلن الجيش الإسرائيلي مقتل 2 من جنوده في معارك جنوب القطاع.", "31 killed all authority=gaza_moh | 2 killed soldiers authority=israel_army")]
    [InlineData("F3", "أعلنت وزارة الصحة اللبنانية حصيلة جديدة.\nوقالت إن الغارات على النبطية أدت إلى سقوط 8 شهداء.\nفي المقابل، قتل مستوطنان بصاروخ أطلق على الجليل.", "8 killed all authority=lebanon_moh | 2 killed all authority=unattributed region=israel")]
    [InlineData("IL2", "وذكرت هيئة البث الإسرائيلية أن 5 جنود أصيبوا بجروح في القطاع.", "5 injured soldiers authority=israel_media")]
    [InlineData("IL3", "وقالت نجمة داود الحمراء إن 11 شخصا أصيبوا في القصف الصاروخي على عسقلان.", "11 injured all authority=magen_david_adom region=israel")]
    [InlineData("IL4", "وقالت الشرطة الإسرائيلية إن 3 أشخاص قتلوا في عملية طعن في تل أبيب.", "3 killed all authority=israel_police region=israel")]
    [InlineData("IL5", "وأفادت الحكومة الإسرائيلية بأن 1200 شخص قتلوا في هجوم السابع من أكتوبر.", "1200 killed all authority=israel_government region=israel")]
    [InlineData("IL6", "وقال المتحدث باسم جيش الاحتلال إن 7 جنود أصيبوا في معارك خان يونس.", "7 injured soldiers authority=israel_army region=gaza")]
    [InlineData("MI1", "وقتل 4 من عناصر وزارة الداخلية في غارة على مركز للشرطة في غزة.", "4 killed police")]
    [InlineData("MI2", "وأعلنت وزارة الداخلية في غزة مقتل 6 من منتسبيها في قصف إسرائيلي.", "6 killed police")]
    [InlineData("S1", "وبحسب وزاره الصحه في غزه، فقد استشهد 15 مواطنا في قصف على جباليا.", "15 killed all authority=gaza_moh region=gaza")]
    [InlineData("S2", "ولقى 6 اشخاص مصرعهم في حادث سير على الطريق الصحراوي.", "6 killed all")]
    [InlineData("S3", "واستشـــهد 14 مواطنـــا في غارة على مخيم البريج.", "14 killed all region=gaza")]
    [InlineData("S4", "وقُتِلَ خَمسةُ أشخاصٍ وأُصيبَ عَشرةٌ آخرونَ في الهجوم.", "5 killed all | 10 injured all")]
    [InlineData("S5", "فاستشهد 5 مواطنين وأصيب 12 في القصف.", "5 killed all | 12 injured all")]
    [InlineData("S6", "واعلنت وزاره الصحه اللبنانيه استشهاد 7 اشخاص في غاره على بنت جبيل.", "7 killed all authority=lebanon_moh region=lebanon")]
    [InlineData("S7", "وللشهداء الـ 25 الذين سقطوا في القصف عائلات ...", "")]
    [InlineData("S8", "ووصل للمستشفيات 20 جريحا من بينهم 6 أطفال.", "20 injured all | 6 injured children")]
    [InlineData("S9", "كما أصيب 17 آخرون بجراح متفاوته بينهم 5 نساء.", "17 injured all | 5 injured women")]
    [InlineData("S10", "وإرتفع عدد الضحايا الى 95 قتيلا.", "95 killed all basis=cumulative")]
    [InlineData("X1", "وأعلن الهلال الأحمر الفلسطيني مقتل 4 من متطوعيه في غارة على سيارة إسعاف.", "4 killed aid_workers")]
    [InlineData("X2", "وقالت الشرطة إن 3 من عناصرها أصيبوا برصاص مسلحين.", "3 injured police")]
    [InlineData("X3", "وأعلنت وزارة الداخلية مقتل 5 من منتسبيها.", "5 killed police")]
    [InlineData("X4", "وارتفع عدد جرحاه إلى 2400 منذ بدء العملية البرية، بحسب الجيش الإسرائيلي.", "2400 injured all basis=cumulative")]
    [InlineData("X5", "وقتلت إحدى عشرة سيدة في الهجوم على القرية.", "11 killed women")]
    [InlineData("X6", "وخلف الزلزال ألفي قتيل في المناطق الجبلية.", "2000 killed all")]
    [InlineData("X7", "وأفادت وسائل إعلام عبرية بإصابة 4 جنود في كمين شرق مدينة غزة.", "4 injured soldiers authority=israel_media region=gaza")]
    [InlineData("X8", "وقالت السلطات الإسرائيلية إن 6 أشخاص أصيبوا في سقوط صاروخ على حيفا.", "6 injured all authority=israel_government region=israel")]
    [InlineData("X9", "ولقيت 9 نساء حتفهن غرقا.", "9 killed women")]
    [InlineData("X10", "وتوفيت طفلتان بسبب البرد في خيام النازحين بخان يونس.", "2 killed children region=gaza")]
    [InlineData("X11", "وكانت الوزارة قد أعلنت أمس الخميس أن حصيلة الشهداء بلغت 34904.", "34904 killed all basis=cumulative reported_on=2024-05-09")]
    [InlineData("X12", "وبلغ عدد المصابين ١٢٠٠ مصاب، منهم ٣٠٠ بحالة خطيرة.", "1200 injured all | 300 injured other")]
    [InlineData("X13", "وأعلنت مديرية الصحة في درعا وفاة 3 مواطنين وإصابة 8 آخرين بانفجار لغم.", "3 killed all region=syria | 8 injured all region=syria")]
    [InlineData("X14", "لقي 4 أشخاص مصرعهم وأصيب 11 آخرون في حادث تصادم بمحافظة إربد.", "4 killed all region=jordan | 11 injured all region=jordan")]
    [InlineData("X15", "وقال مصدر في الدفاع المدني إن فرقه انتشلت جثامين 7 شهداء من منزل مدمر.", "7 killed all")]
    [InlineData("T1", "وارتفعت إلى 212، بينهم 40 طفلا، حصيلة القتلى في المدينة.", "212 killed all basis=cumulative | 40 killed children")]
    [InlineData("E1", "وتوزع الجرحى على النحو التالي: 14 في خان يونس، و8 في رفح، و3 في دير البلح.", "14 injured all | 8 injured all | 3 injured all")]
    [InlineData("E3", "وتوزع الشهداء على المحافظات كالتالي:\n- 12 في محافظة غزة\n- 7 في خان يونس", "12 killed all | 7 killed all")]
    [InlineData("E4", "أسماء المستشفيات التي استقبلت المصابين: 3 مستشفيات في الشمال.", "")]
    [InlineData("Y1", "وأعلنت وزارة الداخلية في غزة مقتل 3 عناصر في قصف استهدف مركزا أمنيا.", "3 killed police")]
    [InlineData("Y3", "وبذلك ترتفع حصيلة قتلى جيش الاحتلال منذ السابع من أكتوبر إلى 621 ضابطا وجنديا، بحسب المعطيات الإسرائيلية.", "621 killed soldiers region=israel basis=cumulative")]
    public void Sentence_GivesItsFigures(string id, string text, string expected)
    {
        Check(Extractor, id, text, expected);
    }

    /// <summary>
    /// Extracts <paramref name="text"/> (published Friday 2024-05-10) and compares every figure with
    /// <paramref name="expected"/>: "value category subgroup attr=value ..." joined by " | "; an attribute value "-" means
    /// none. A figure not listed fails too.
    /// </summary>
    internal static void Check(ArabicCasualtyExtractor extractor, string id, string text, string expected) =>
        Check(extractor, new ArticleInput(text, new DateOnly(2024, 5, 10), null, id), expected);

    /// <summary>As <see cref="Check(ArabicCasualtyExtractor, ArticleInput, string)"/>, for a page given by its publication day ("yyyy-MM-dd" or null) and outlet.</summary>
    internal static void CheckPage(ArabicCasualtyExtractor extractor, string id, string? published, string? outlet, string text, string expected) =>
        Check(extractor, new ArticleInput(text, published is null ? null : DateOnly.Parse(published, CultureInfo.InvariantCulture), outlet, id), expected);

    /// <summary>
    /// As above, for a whole article with its own publication date and outlet. A figure written "?value ..." is one
    /// SCHEMA marks <c>required: false</c>: it may be missing, but when found its attributes must hold.
    /// </summary>
    internal static void Check(ArabicCasualtyExtractor extractor, ArticleInput article, string expected)
    {
        var id = article.Id;
        var figures = extractor.Extract(article)
            .Select(f => JsonDocument.Parse(SchemaJson.WriteFigure(f)).RootElement).ToList();
        var problems = new List<string>();
        foreach (var item in expected.Split(" | ", StringSplitOptions.RemoveEmptyEntries))
        {
            var optional = item.StartsWith('?');
            var want = optional ? item[1..] : item;
            var parts = want.Split(' ');
            var match = figures.FirstOrDefault(f => f.GetProperty("value").GetInt64().ToString(CultureInfo.InvariantCulture) == parts[0]
                && f.GetProperty("category").GetString() == parts[1] && f.GetProperty("subgroup").GetString() == parts[2]);
            if (match.ValueKind == JsonValueKind.Undefined)
            {
                problems.AddRange(optional ? [] : ["missing " + want]);
                continue;
            }

            figures.Remove(match);
            foreach (var attribute in parts.Skip(3).Select(p => p.Split('=', 2)))
            {
                var got = match.TryGetProperty(attribute[0], out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                var wanted = attribute[1] == "-" ? null : attribute[1];
                var same = got == wanted || (wanted is not null && wanted.StartsWith("other:", StringComparison.Ordinal) && got?.StartsWith("other:", StringComparison.Ordinal) == true);
                if (!same)
                {
                    problems.Add($"{parts[0]} {attribute[0]}: expected {attribute[1]}, got {got}");
                }
            }
        }

        problems.AddRange(figures.Select(f => $"unexpected {f.GetProperty("value")} {f.GetProperty("category")}/{f.GetProperty("subgroup")} «{f.GetProperty("evidence")}»"));
        Assert.True(problems.Count == 0, id + ": " + string.Join("; ", problems));
    }
}
