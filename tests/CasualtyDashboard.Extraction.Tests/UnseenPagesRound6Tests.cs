namespace CasualtyDashboard.Extraction.Tests;

/// <summary>
/// A sixth round of whole pages written for the project (issue 9, rules 1.23.0; none copied from the corpus, and their
/// phrasings checked against it), each combining several of the error classes outside the war news the dev
/// articles are made of: non-war tolls (floods, a building collapse, road accidents, gas heaters, a stabbing, clashes)
/// with civil defence, police, traffic and health offices as issuers; an issuer named once in the lead and carried to
/// list lines; relays through two outlets (ذكرت X نقلا عن Y، في بيان نقلته X); "حصيلة غير نهائية" hedges; numbers
/// written as words and in Arabic-Indic digits; counts split by gender, age or side (بينهم ... و...، هم ... و...); a
/// restated total (ليرتفع العدد إلى: the new total is cumulative, the increment a figure of its own, as the corpus gold
/// has it: decision 073); places of Sudan, Yemen, Iraq, Libya, Syria, Lebanon, Jordan and Israel from the gazetteer's
/// towns and divisions, homonyms (البيضاء، الصويرة) and المملكة with no other place on the page, settled by the outlet's
/// country; a channel named like a place (قناة المملكة). Every figure was written by SCHEMA before the first run; "?"
/// marks required: false. Decision 073 says which failed at the first run.
/// </summary>
public sealed class UnseenPagesRound6Tests : UnseenPagesTestBase
{
    /// <summary>The pages: id, publication day ("yyyy-MM-dd" or null), outlet, text, expected figures (<see cref="UnseenPagesTestBase"/>).</summary>
    public static TheoryData<string, string?, string?, string, string> Pages => new()
    {
        { "U1", "2025-08-20", "Al Sudani (alsudani.sd)",
            "ارتفاع وفيات السيول في ولاية نهر النيل\n"
            + "الدامر - الأربعاء ٢٠ أغسطس ٢٠٢٥\n"
            + "قال الناطق باسم الدفاع المدني بولاية نهر النيل إن السيول التي اجتاحت مدينة الدامر أودت بحياة ٦ أشخاص آخرين أمس، ليرتفع العدد الكلي للوفيات إلى ٢٤ منذ مطلع الأسبوع، في حصيلة غير نهائية.\n"
            + "وأوضح أن من بين المتوفين ٩ نساء و٧ أطفال.\n"
            + "وأضاف أن ٣ أشخاص ما زالوا في عداد المفقودين.",
            "24 killed all authority=other:civil_defence region=sudan basis=cumulative reported_on=2025-08-20"
            + " | 6 killed all authority=other:civil_defence region=sudan"
            + " | 9 killed women authority=other:civil_defence region=sudan basis=cumulative"
            + " | 7 killed children authority=other:civil_defence region=sudan basis=cumulative"
            + " | 3 missing all authority=other:civil_defence region=sudan" },
        { "U2", "2025-01-12", "Saba (saba.ye)",
            "انهيار مبنى سكني في مدينة إب\n"
            + "إب - الأحد ١٢ يناير ٢٠٢٥\n"
            + "أعلن مكتب الصحة العامة والسكان في محافظة إب حصيلة انهيار مبنى من أربعة طوابق في وسط المدينة فجر اليوم، وجاءت على النحو التالي:\n"
            + "• وفاة أحد عشر شخصا بينهم امرأتان\n"
            + "• إصابة سبعة عشر آخرين نقلوا إلى المستشفيات\n"
            + "• فقدان ثلاثة أشخاص ما زال البحث عنهم جاريا",
            "11 killed all authority=other:ibb_health_office region=yemen basis=incident reported_on=2025-01-12"
            + " | 2 killed women authority=other:ibb_health_office region=yemen basis=incident"
            + " | 17 injured all authority=other:ibb_health_office region=yemen basis=incident"
            + " | 3 missing all authority=other:ibb_health_office region=yemen basis=incident" },
        { "U3", "2024-11-03", "Shafaq News (shafaq.com)",
            "بغداد - الأحد ٣ تشرين الثاني ٢٠٢٤\n"
            + "نقلت وكالة الأنباء العراقية عن مديرية المرور العامة قولها إن الحوادث المرورية التي سجلت في عموم البلاد يوم السبت أسفرت عن وفاة ثمانية أشخاص وإصابة ثلاثين آخرين.\n"
            + "وبحسب المديرية، فإن ثلاثة من أفراد أسرة واحدة كانوا بين الضحايا، إذ لقوا مصرعهم بانقلاب سيارتهم على طريق الكوت قرب قضاء الصويرة.",
            "8 killed all authority=other:traffic_directorate region=iraq basis=period since=2024-11-02 reported_on=2024-11-03"
            + " | 30 injured all authority=other:traffic_directorate region=iraq basis=period"
            + " | ?3 killed other region=iraq" },
        { "U4", "2025-03-02", "Al Masdar Online (almasdaronline.com)",
            "سيول تجرف سيارات وتقتل أسرة في البيضاء\n"
            + "أفاد مصدر طبي في مستشفى البيضاء العام بأن السيول التي شهدتها المدينة مساء السبت أودت بحياة ٥ أشخاص من أسرة واحدة، فيما أصيب ١٢ آخرون بينهم ٤ أطفال.\n"
            + "وأشار المصدر إلى أن فرق الإنقاذ ما زالت تبحث عن مفقودَين اثنين جرفتهما المياه.",
            "5 killed all authority=other:medical_source region=yemen basis=incident reported_on=2025-03-02"
            + " | 12 injured all authority=other:medical_source region=yemen basis=incident"
            + " | 4 injured children authority=other:medical_source region=yemen"
            + " | 2 missing all region=yemen" },
        { "U5", "2025-12-20", "Roya News (royanews.tv)",
            "ارتفاع وفيات الاختناق بمدافئ الغاز في المملكة إلى خمسة\n"
            + "أعلنت مديرية الأمن العام مساء اليوم وفاة شخصين آخرين اختناقا بغاز مدفأة داخل منزلهما، ليرتفع عدد الوفيات بحوادث الاختناق منذ بداية فصل الشتاء إلى خمسة.\n"
            + "وبينت المديرية أن ثلاثة أفراد آخرين من العائلة أصيبوا بحالات اختناق ونقلوا إلى المستشفى.",
            "5 killed all authority=other:public_security region=jordan basis=cumulative reported_on=2025-12-20"
            + " | 2 killed all authority=other:public_security region=jordan"
            + " | 3 injured all authority=other:public_security region=jordan" },
        { "U6", "2025-02-14", "Enab Baladi (enabbaladi.net)",
            "الدفاع المدني: ثمانية قتلى بانهيار مبنى في سلقين\n"
            + "إدلب - الجمعة ١٤ شباط ٢٠٢٥\n"
            + "أعلن الدفاع المدني السوري انتشال جثث ثمانية أشخاص، بينهم ثلاثة أطفال وسيدتان، من تحت أنقاض مبنى سكني انهار صباح اليوم في مدينة سلقين بريف إدلب الغربي، في حصيلة غير نهائية.\n"
            + "وأضاف أن فرقه أنقذت تسعة مصابين، فيما لا يزال عدد من السكان عالقين تحت الأنقاض.",
            "8 killed all authority=other:civil_defence region=syria basis=incident reported_on=2025-02-14"
            + " | 3 killed children authority=other:civil_defence region=syria"
            + " | 2 killed women authority=other:civil_defence region=syria"
            + " | 9 injured all authority=other:civil_defence region=syria basis=incident"
            + " | ?3 missing all region=syria" },
        { "U7", "2025-08-12", "LBCI (lbcgroup.tv)",
            "بنت جبيل - الثلاثاء 12 آب 2025\n"
            + "ذكرت قناة الجديد نقلا عن الوكالة الوطنية للإعلام أن غارة نفذتها مسيرة إسرائيلية على سيارة عند مدخل مدينة بنت جبيل أدت إلى سقوط 3 شهداء.\n"
            + "وفي وقت لاحق، أفادت وزارة الصحة العامة في بيان بأن حصيلة الغارة ارتفعت إلى خمسة شهداء، بينهم طفل، إضافة إلى ثمانية جرحى.\n"
            + "من جهتها، قالت هيئة البث الإسرائيلية إن الغارة استهدفت عنصرين في حزب الله.",
            "?3 killed all region=lebanon"
            + " | 5 killed all authority=lebanon_moh region=lebanon basis=cumulative reported_on=2025-08-12"
            + " | ?1 killed children region=lebanon"
            + " | 8 injured all authority=lebanon_moh region=lebanon" },
        { "U8", "2025-06-09", "Arab48 (arab48.com)",
            "الخضيرة - الاثنين ٩ حزيران ٢٠٢٥\n"
            + "قالت خدمة الإسعاف الإسرائيلية \"نجمة داود الحمراء\" إن رجلين قتلا وأصيبت 4 نساء بجروح طفيفة في عملية طعن وقعت ظهر اليوم في مدينة الخضيرة.\n"
            + "في المقابل، أعلنت وزارة الصحة الفلسطينية في رام الله استشهاد ثلاثة شبان برصاص قوات الاحتلال في مخيم نور شمس قرب طولكرم.",
            "2 killed all authority=magen_david_adom region=israel basis=incident reported_on=2025-06-09"
            + " | 4 injured women authority=magen_david_adom region=israel basis=incident"
            + " | 3 killed all authority=pa_moh region=west_bank basis=incident reported_on=2025-06-09" },
        { "U9", "2025-05-15", "Libya Observer (libyaobserver.ly)",
            "غريان - الخميس ١٥ مايو ٢٠٢٥\n"
            + "قال مركز طب الطوارئ والدعم، في بيان نقلته قناة ليبيا الأحرار، إن الاشتباكات المسلحة التي شهدتها مدينة غريان خلال اليومين الماضيين خلفت تسعة قتلى، هم سبعة مسلحين ومدنيان، وأكثر من عشرين جريحا.",
            "9 killed all authority=other:emergency_medicine_centre region=libya basis=period reported_on=2025-05-15"
            + " | 7 killed fighters authority=other:emergency_medicine_centre region=libya basis=period"
            + " | 2 killed civilians authority=other:emergency_medicine_centre region=libya basis=period"
            + " | 20 injured all authority=other:emergency_medicine_centre region=libya basis=period qualifier=more_than" },
        { "U10", "2024-11-09", "Al Ghad (alghad.com)",
            "البتراء - السبت ٩ تشرين الثاني ٢٠٢٤\n"
            + "نقلت قناة المملكة عن وكالة الأنباء الأردنية (بترا) أن مديرية الدفاع المدني أعلنت انتشال جثتي طفلين جرفتهما السيول في وادي موسى بمحافظة معان، في حصيلة غير نهائية.\n"
            + "وقالت المديرية إن فرق الإنقاذ أخلت ٤٣ سائحا علقوا في الموقع، فيما نقل ٥ أشخاص أصيبوا برضوض إلى مستشفى قريب.",
            "2 killed children authority=other:civil_defence region=jordan basis=incident reported_on=2024-11-09"
            + " | 5 injured all authority=other:civil_defence region=jordan basis=incident" },
    };
}
