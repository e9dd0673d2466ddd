namespace CasualtyDashboard.Extraction.Tests;

/// <summary>
/// A third round of whole pages written for the project (issue 9, rules 1.20.0; none copied from the corpus), in the
/// shape of <see cref="UnseenPagesTests"/>, aimed at the held-out error classes still most likely open: issuers through
/// relays (نقل ... عن، وفق ما أورد، استنادا إلى), a bare الجيش and a spokesman's surname, Israeli state bodies named by the
/// country or its adjective, ministry sub-units and a joint statement; Jordanian, Syrian, Yemeni and Sudanese places;
/// parts of a larger toll (recovered bodies, aid seekers, severity, one family) that are no new "all" figures; groups
/// inside the toll phrase (في صفوف، بينهم، من طواقم الإسعاف). Every figure is listed by SCHEMA; "?" marks required: false.
/// At their first run (rules 1.20.0 before this round) five of the eight pages failed (12 of 44 figures wrong, missing or
/// extra); all pass now.
/// </summary>
public sealed class UnseenPagesRound3Tests : UnseenPagesTestBase
{
    /// <summary>The pages: id, publication day ("yyyy-MM-dd" or null), outlet, text, expected figures (<see cref="UnseenPagesTestBase"/>).</summary>
    public static TheoryData<string, string?, string?, string, string> Pages => new()
    {
        { "R1", "2024-10-08", "وكالة أنباء",
            "هجوم في يافا: قتيلان وعدة جرحى\n"
            + "تل أبيب - 8 أكتوبر 2024 (وكالات)\n"
            + "نقلت هيئة البث الإسرائيلية عن نجمة داود الحمراء أن شخصين قتلا وأصيب 9 آخرون في هجوم بإطلاق نار في مدينة يافا.\n"
            + "وأوضحت خدمة الإسعاف أن 3 من المصابين في حالة خطيرة.\n"
            + "من جهتها، قالت الشرطة الإسرائيلية إن المهاجم قتل بعد تبادل لإطلاق النار.\n"
            + "وكانت إسرائيل قد أعلنت الشهر الماضي مقتل 4 أشخاص في هجوم مماثل في بئر السبع.",
            "2 killed all authority=magen_david_adom region=israel basis=incident reported_on=2024-10-08"
            + " | 9 injured all authority=magen_david_adom region=israel basis=incident"
            + " | ?3 injured other authority=magen_david_adom region=israel"
            + " | 4 killed all authority=israel_government region=israel basis=incident" },
        { "R2", "2024-01-15", "وكالة الأنباء الأردنية",
            "وفاة 3 أشخاص بحادث سير على الطريق الصحراوي\n"
            + "عمان 15 كانون الثاني (بترا)\n"
            + "أعلنت مديرية الأمن العام وفاة 3 أشخاص وإصابة 5 آخرين إثر حادث تصادم بين مركبتين على الطريق الصحراوي قرب منطقة القطرانة.\n"
            + "وقال الناطق الإعلامي باسم المديرية إن المصابين نقلوا إلى مستشفى الكرك الحكومي، وحالة اثنين منهم حرجة.\n"
            + "وفي حادث منفصل، توفي طفل غرقا في بركة زراعية في محافظة المفرق.\n"
            + "اقرأ أيضا: مصرع 7 أشخاص في حريق بمصر",
            "3 killed all authority=other:public_security region=jordan basis=incident reported_on=2024-01-15"
            + " | 5 injured all authority=other:public_security region=jordan basis=incident"
            + " | ?2 injured other region=jordan"
            + " | ?1 killed children region=jordan basis=incident" },
        { "R3", "2024-03-20", "موقع سوري",
            "قتلى بقصف على ريف إدلب\n"
            + "إدلب - 20 آذار 2024\n"
            + "قالت مديرية صحة إدلب إن 6 مدنيين بينهم طفلان قتلوا اليوم في قصف مدفعي على بلدة سرمين بريف إدلب الشرقي.\n"
            + "وأضافت المديرية أن 14 شخصا أصيبوا، وأن فرق الدفاع المدني انتشلت جثتين من تحت الأنقاض.\n"
            + "في المقابل، قال الجيش إن 3 من عناصره قتلوا في هجوم على نقطة عسكرية قرب سراقب.\n"
            + "ووثق المرصد السوري لحقوق الإنسان مقتل 210 أشخاص في محافظة إدلب منذ مطلع العام.",
            "6 killed civilians authority=other:idlib_health region=syria basis=incident reported_on=2024-03-20"
            + " | 2 killed children authority=other:idlib_health region=syria"
            + " | 14 injured all authority=other:idlib_health region=syria basis=incident"
            + " | ?2 killed other region=syria"
            + " | 3 killed soldiers authority=other:named region=syria basis=incident"
            + " | 210 killed all authority=syrian_observatory region=syria basis=cumulative" },
        { "R4", "2024-07-21", "قناة عربية",
            "اليمن: قتلى وجرحى بغارات على الحديدة\n"
            + "صنعاء - الأحد 21 يوليو 2024\n"
            + "قتل 9 أشخاص وأصيب 83 آخرون في غارات استهدفت ميناء الحديدة ومحطة كهرباء، وفق ما أورده تلفزيون المسيرة التابع للحوثيين نقلا عن وزارة الصحة في صنعاء.\n"
            + "وأوضحت الوزارة أن بين المصابين 12 حالة خطيرة.\n"
            + "وفي تعز، قتلت امرأة وأصيب طفلان بقذيفة سقطت على حي سكني، استنادا إلى مصادر طبية.",
            "9 killed all authority=other:yemen_moh region=yemen basis=incident reported_on=2024-07-21"
            + " | 83 injured all authority=other:yemen_moh region=yemen basis=incident"
            + " | ?12 injured other authority=other:yemen_moh region=yemen"
            + " | ?1 killed women region=yemen"
            + " | 2 injured children authority=other:medical_source region=yemen basis=incident" },
        { "R5", "2024-06-06", "صحيفة سودانية",
            "مجزرة في قرية ود النورة\n"
            + "ود مدني - 6 يونيو 2024\n"
            + "أعلنت لجان مقاومة مدني أن أكثر من 100 شخص قتلوا في هجوم شنته قوات الدعم السريع على قرية ود النورة بولاية الجزيرة.\n"
            + "وأضافت اللجان أن من بين القتلى 35 طفلا، وأن 20 من القتلى ينتمون إلى عائلة واحدة.\n"
            + "ونقلت وكالة الأنباء السودانية عن مسؤول محلي أن عدد الجرحى تجاوز 150.",
            "100 killed all qualifier=more_than authority=other:resistance_committees region=sudan basis=incident reported_on=2024-06-06"
            + " | 35 killed children authority=other:resistance_committees region=sudan basis=incident"
            + " | ?20 killed other region=sudan"
            + " | 150 injured all qualifier=more_than authority=other:official region=sudan basis=cumulative" },
        { "R6", "2024-06-20", "موقع فلسطيني",
            "الصحة: 37431 شهيدا منذ بدء العدوان\n"
            + "غزة - 20 يونيو 2024\n"
            + "أعلنت وزارة الصحة في غزة ارتفاع حصيلة العدوان إلى 37431 شهيدا و85653 مصابا منذ السابع من أكتوبر.\n"
            + "وأشارت الوزارة إلى أن الاحتلال ارتكب 3 مجازر خلال الساعات الـ24 الماضية وصل منها للمستشفيات 35 شهيدا و110 مصابين، بينهم 8 شهداء من منتظري المساعدات.\n"
            + "وأضافت أن طواقم الدفاع المدني تمكنت من انتشال 11 جثمانا من تحت أنقاض منازل مدمرة في حي الشجاعية.\n"
            + "وبلغ عدد الشهداء في صفوف الطواقم الطبية 500 شهيد منذ بداية الحرب.\n"
            + "وفي بيان مشترك، قالت وكالات أممية إن أكثر من 190 من موظفي الإغاثة قتلوا في القطاع.",
            "37431 killed all authority=gaza_moh region=gaza basis=cumulative since=2023-10-07 reported_on=2024-06-20"
            + " | 85653 injured all authority=gaza_moh region=gaza basis=cumulative since=2023-10-07"
            + " | 35 killed all authority=gaza_moh region=gaza basis=period"
            + " | 110 injured all authority=gaza_moh region=gaza basis=period"
            + " | ?8 killed other authority=gaza_moh region=gaza"
            + " | ?11 killed other region=gaza"
            + " | 500 killed medical authority=gaza_moh region=gaza basis=cumulative"
            + " | 190 killed aid_workers qualifier=more_than authority=other:joint_statement region=gaza" },
        { "R7", "2024-10-10", "قناة لبنانية",
            "غارات على الجنوب والبقاع\n"
            + "بيروت - 10 تشرين الأول 2024\n"
            + "أعلنت وزارة الصحة العامة اللبنانية في بيان أن غارات العدو الإسرائيلي يوم أمس أدت إلى استشهاد 22 شخصا وإصابة 117 آخرين، بينهم 4 من طواقم الإسعاف.\n"
            + "وبذلك ترتفع الحصيلة منذ 8 أكتوبر 2023 إلى 2255 شهيدا و10524 جريحا.\n"
            + "من جهته، زعم أدرعي أن الجيش قتل 50 عنصرا من حزب الله خلال الأيام الثلاثة الماضية.\n"
            + "وقال مصدر عسكري إسرائيلي إن جنديين أصيبا بجروح خطيرة في اشتباك قرب بلدة مارون الراس.",
            "22 killed all authority=lebanon_moh region=lebanon basis=period since=2024-10-09 reported_on=2024-10-10"
            + " | 117 injured all authority=lebanon_moh region=lebanon basis=period"
            + " | 4 injured medical authority=lebanon_moh region=lebanon"
            + " | 2255 killed all authority=lebanon_moh region=lebanon basis=cumulative since=2023-10-08"
            + " | 10524 injured all authority=lebanon_moh region=lebanon basis=cumulative"
            + " | 50 killed fighters authority=israel_army region=lebanon basis=period"
            + " | 2 injured soldiers authority=other:military_source region=lebanon basis=incident" },
        { "R8", "2023-10-12", "وكالة دولية",
            "الحرب على غزة في يومها السادس\n"
            + "القدس - 12 أكتوبر 2023 (رويترز)\n"
            + "قالت السلطات الإسرائيلية إن عدد القتلى في إسرائيل منذ هجوم حماس يوم السبت ارتفع إلى 1300 قتيل، بينهم 222 جنديا.\n"
            + "وأفاد مكتب رئيس الوزراء الإسرائيلي بأن 3300 شخص أصيبوا.\n"
            + "على الجانب الآخر، أعلنت وزارة الصحة في غزة أن 1417 فلسطينيا استشهدوا في الغارات الإسرائيلية، بينهم 447 طفلا و248 امرأة.\n"
            + "وقالت الأمم المتحدة إن أكثر من 338 ألف شخص نزحوا من منازلهم.",
            "1300 killed all authority=israel_government region=israel basis=cumulative since=2023-10-07 reported_on=2023-10-12"
            + " | 222 killed soldiers authority=israel_government region=israel basis=cumulative"
            + " | 3300 injured all authority=israel_government region=israel"
            + " | 1417 killed all authority=gaza_moh region=gaza"
            + " | 447 killed children authority=gaza_moh region=gaza"
            + " | 248 killed women authority=gaza_moh region=gaza" },
    };
}
