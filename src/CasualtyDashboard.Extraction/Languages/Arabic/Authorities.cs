using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>
/// Issuers of figures (ARABIC-LEXICON.md §12) as SCHEMA.md codes. Codes starting with <c>@</c> depend on the region of
/// the figure (a health ministry is <c>gaza_moh</c> in Gaza and <c>lebanon_moh</c> in Lebanon).
/// Strength 2: names an issuer wherever it stands; 1: only next to an attribution verb (قال الجيش، بحسب الشرطة),
/// because such bodies are as often the actors of a sentence as its sources.
/// </summary>
internal static class Authorities
{
    public const string HealthMinistry = "@moh";
    public const string CivilDefence = "@civil_defence";
    public const string LocalAuthorities = "@local_authorities";

    /// <summary>A police force named by its kind alone (الشرطة، قائد شرطة المنطقة، المتحدث باسم الشرطة): the country's police.</summary>
    public const string Police = "@police";

    /// <summary>
    /// An army named by its kind alone (قال الجيش) with no army named before it: the army of the country the figure is in,
    /// Israel's in Gaza and the West Bank (<c>AuthorityResolver.Specialise</c>). The lexicon keeps الجيش generic.
    /// </summary>
    public const string Army = "@army";

    public static void Register(LexiconBuilder b)
    {
        Add(b, "وزارة الصحة | وزير الصحة | وزارة الحصة | الصحة الفلسطينية | الصحة اللبنانية | الصحة بغزة | الصحة في غزة | وزارة الصحة العامة | صحة غزة | وزارة الصحة والسكان", HealthMinistry, 2);
        Add(b, "وزارة الصحة في غزة | وزارة الصحة بغزة | وزارة الصحة في قطاع غزة | وزارة الصحة التابعة لحماس | وزارة الصحة التابعة لحركة حماس | وزارة الصحة التابعة لحكومة حماس | وزارة الصحة في القطاع | وزارة الصحة الفلسطينية في غزة | وزارة الصحة الفلسطينية في قطاع غزة | وزارة الصحة الفلسطينية بغزة | وزارة الصحة الفلسطينية بقطاع غزة", "gaza_moh", 3);
        Add(b, "وزارة الصحة اللبنانية | وزارة الصحة العامة اللبنانية | وزير الصحة اللبناني | وزارة الصحة في لبنان", "lebanon_moh", 3);
        Add(b, "وزارة الصحة في رام الله | وزارة الصحة الفلسطينية في رام الله", "pa_moh", 3);
        Add(b, "المكتب الإعلامي الحكومي | المكتب الإعلامي الحكومي في غزة | المكتب الإعلامي الحكومي بغزة", "gaza_gmo", 3);
        Add(b, "الدفاع المدني | جهاز الدفاع المدني", CivilDefence, 2);
        Add(b, "السلطات المحلية | السلطات في غزة", LocalAuthorities, 2);
        // A governorate's local authority (السلطة المحلية في محافظة تعز): a source beside a verb of saying, an actor elsewhere.
        Add(b, "السلطة المحلية | سلطة محلية", LocalAuthorities, 1);
        Add(b, "الجيش الإسرائيلي | جيش الاحتلال | الجيش الاسرائيلي | جيش الدفاع الإسرائيلي | المتحدث باسم الجيش الإسرائيلي", "israel_army", 1);
        Add(b, "الشرطة الإسرائيلية | شرطة الاحتلال", "israel_police", 1);
        // The police named by its kind alone is the police of the country the figure is in (body × country, as the health
        // ministry): an office holder's title before it speaks for it (قائد شرطة المنطقة الجنوبية، المتحدث باسم الشرطة).
        Add(b, "شرطة | الشرطة | مصدر في الشرطة", Police, 1);
        Add(b, "الحكومة الإسرائيلية | مكتب رئيس الوزراء الإسرائيلي | مكتب نتنياهو", "israel_government", 1);
        // Israeli state bodies named by the country or its adjective: ministries, the authorities, officials.
        // (Strength 1: such bodies are as often the actors of a sentence; a verb of saying or حسب / وفق must go with them.)
        Add(b, "السلطات الإسرائيلية | وزارة الصحة الإسرائيلية | وزارة الخارجية الإسرائيلية | الخارجية الإسرائيلية | وزارة الدفاع الإسرائيلية | مكتب رئيس الحكومة الإسرائيلية | الرئاسة الإسرائيلية | مسؤولون إسرائيليون | المسؤولون الإسرائيليون | حكومة الاحتلال", "israel_government", 1);
        Add(b, "مصادر رسمية إسرائيلية | أرقام رسمية إسرائيلية | الأرقام الرسمية الإسرائيلية", "israel_government", 2);
        Add(b, "جيش الاحتلال الإسرائيلي", "israel_army", 1);
        Add(b, "الموقع الرسمي للجيش الإسرائيلي", "israel_army", 2);
        // The army's spokesmen, named by surname alone as often as in full (زعم أدرعي أن الجيش قتل).
        Add(b, "أفيخاي أدرعي | أدرعي | دانيال هاغاري | هاغاري | إيفي ديفرين | ديفرين", "israel_army", 2);
        Add(b, "قنوات تلفزيونية إسرائيلية | وسائل إعلام إسرائيلية | وسائل الإعلام الإسرائيلية | الإعلام الإسرائيلي | هيئة البث الإسرائيلية | القناة 12 الإسرائيلية | صحيفة يديعوت أحرونوت | صحيفة هآرتس | تايمز أوف إسرائيل | إذاعة الجيش الإسرائيلي", "israel_media", 2);
        Add(b, "نجمة داود الحمراء | نجمة داوود الحمراء | خدمة الإسعاف الإسرائيلية | الإسعاف الإسرائيلي | خدمات الإسعاف الإسرائيلية", "magen_david_adom", 2);
        Add(b, "أوتشا | مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية | مكتب تنسيق الشؤون الإنسانية | الشؤون الإنسانية للأمم المتحدة | الشؤون الإنسانية في الأمم المتحدة", "un_ocha", 2);
        Add(b, "الأونروا | أونروا | وكالة غوث وتشغيل اللاجئين", "unrwa", 2);
        Add(b, "منظمة الصحة العالمية", "who", 3);
        Add(b, "اليونيسف | يونيسف | منظمة الأمم المتحدة للطفولة", "unicef", 2);
        Add(b, "فرانس برس | ا ف ب | فرانس بريس", "afp", 1);
        // An agency's own tally names it outright; the agency alone may be who was told (قال لوكالة فرانس برس).
        Add(b, "وكالة فرانس برس | وكالة فرانس بريس", "afp", 1);
        Add(b, "تعداد لوكالة فرانس برس | إحصاء لوكالة فرانس برس | حصيلة لوكالة فرانس برس | إحصاء أعدته وكالة فرانس برس | حصيلة أعدتها وكالة فرانس برس | تعداد أجرته وكالة فرانس برس", "afp", 2);
        Add(b, "رويترز | وكالة رويترز", "reuters", 1);
        Add(b, "أسوشيتد برس | اسوشيتد برس | أسوشييتد برس | ا ب", "ap", 1);
        Add(b, "المرصد السوري | المرصد السوري لحقوق الإنسان | المرصد", "syrian_observatory", 2);
        Add(b, "شبكة أطباء السودان", "sudan_doctors", 2);
        // Parties to a war that state their own losses (أما قوات الدعم السريع فقالت إن 14 من مقاتليها قتلوا).
        Add(b, "قوات الدعم السريع | الدعم السريع", "other:rsf", 1);

        // Other named issuers: the name does not matter to scoring, so they share a few codes.
        Add(b, "مصادر طبية | مصدر طبي | مصادر طبية فلسطينية | مصادر صحية | مصدر صحي | مصادر في المستشفى | مصادر محلية | مصادر أمنية | مصدر أمني | مصادر طبية وأمنية", "other:medical_source", 2);
        Add(b, "مسعفون | الإسعاف", "other:medical_source", 1);
        Add(b, "الهلال الأحمر | الهلال الأحمر السعودي | هيئة الهلال الأحمر | الهلال الأحمر الفلسطيني | الهلال الأحمر الليبي", "other:red_crescent", 2);
        Add(b, "الصليب الأحمر | اللجنة الدولية للصليب الأحمر", "other:icrc", 2);
        Add(b, "وزارة الداخلية | المتحدث الأمني لوزارة الداخلية | الداخلية", "other:interior_ministry", 2);
        // A foreign ministry reports its citizens who died abroad (أعلنت وزارة الخارجية الأردنية وفاة 14 حاجا); beside a verb of
        // saying only, as it is as often an actor. (Its Israeli namesake is the government's, above.)
        Add(b, "وزارة الخارجية | وزارة الخارجية وشؤون المغتربين | الخارجية", "other:foreign_ministry", 1);
        Add(b, "وكالة وفا | وفا | وكالة الأنباء الفلسطينية", "other:wafa", 2);
        Add(b, "الأناضول | وكالة الأناضول", "other:anadolu", 1);
        Add(b, "الخوذ البيضاء", "other:white_helmets", 2);
        Add(b, "الحوثيون | الحوثيين | جماعة الحوثي | جماعة الحوثيين | أنصار الله | وزارة الصحة التابعة للحوثيين | إعلام الحوثيين | قناة المسيرة", "other:houthis", 1);
        Add(b, "بيان مشترك | البيان المشترك", "other:joint_statement", 2);
        Add(b, "ناشطون | ناشطين | نشطاء | ناشطو", "other:activists", 1);
        Add(b, "أطباء بلا حدود", "other:msf", 2);
        Add(b, "المنظمة الدولية للهجرة", "other:iom", 2);
        // Forces at sea and at the borders, prosecutors and companies report the dead of wrecks, mines and works (وفق
        // الحرس الوطني التونسي، قال خفر السواحل اليوناني، بحسب الشركة السودانية للموارد المعدنية); as often actors (أنقذ
        // خفر السواحل 34 شخصا), so beside a verb of saying only.
        Add(b, "خفر السواحل | حرس السواحل | الحرس الوطني | النيابة العامة | النيابة", "other:named", 1);
        Add(b, "شركة", "other:body", 1);
        Add(b, "الأمم المتحدة | بعثة الأمم المتحدة | المفوضية السامية", "other:un", 1);
        Add(b, "مسؤولون | مسؤول | مسؤولين | المسؤولون | مسؤولان | السلطات | الحكومة | محافظ | حاكم | الجيش | التحالف | تحالف | الدفاع الروسية | الوكالة | التلفزيون | وكالة | قناة | صحيفة | المتحدث | متحدث | الناطق | تلفزيون فلسطين | شهود عيان | الإدارة العسكرية", "other:named", 1);

        // Issuers named by what they are rather than by name: bodies, office holders, media. They count only next to an
        // attribution word (أعلنت تنسيقية ...، قال نائب رئيس الوزراء), because the same words name actors and places.
        // (Written without the article: a lookup strips it from the first word and a phrase match allows it on the rest,
        // while an entry spelt with it would hide the stem's own flags, as حصيلة's.)
        Add(b, "هيئة | حركة | دائرة | تنسيقية | لجنة | لجان | جمعية | نقابة | مؤسسة | بعثة | منظمة | مجلس | اتحاد | مركز | مديرية | مكتب | مقاومة | جناح عسكري | كتائب | سرايا | فصيل | جماعة | خلية | مستشفى | مجمع | إدارة", "other:body", 1);
        Add(b, "وزير | رئيس | نائب | مدير | قائد | متحدثة | ناطقة | مصادر | مصدران | مصدرين | مصدر | مراسل | مراسلة", "other:official", 1);
        Add(b, "وسائل إعلام | تقارير إعلامية | وكالات | وكالات إخبارية | وكالة أنباء | تلفزيون رسمي | إعلام رسمي | حصيلة رسمية | أجهزة الطوارئ", "other:media", 1);
        Add(b, "هيئة الهلال | إدارة الدفاع المدني | الشؤون الصحية | صحة القصيم | الطوارئ الطبية | هيئة الكوارث", "other:named", 2);

        // Sides of a war, for a bare count of members named after them (عناصر): a state's regime or army, a party or faction.
        // (الجيش is an entry of its own, as the bare issuer above: it is named beside جيش.)
        Side(b, "نظام جيش الجيش", FigureSubgroup.Soldiers);
        Side(b, "حزب حماس", FigureSubgroup.Fighters);
    }

    /// <summary>
    /// Relief bodies (civil defence, UN agencies, Red Crescent and Red Cross, White Helmets): a count "of" one of them
    /// (عنصران من الدفاع المدني) counts its workers, <c>aid_workers</c>.
    /// </summary>
    public static bool IsRelief(string code) =>
        code is CivilDefence or "unrwa" or "other:un" or "other:red_crescent" or "other:icrc" or "other:white_helmets";

    /// <summary>
    /// Whose people a count of a body's members is (عناصر وزارة الداخلية، 3 من أفرادها after الشرطة): an army's are
    /// soldiers, a police force's or interior ministry's police, a relief body's aid workers, a health body's medical staff.
    /// </summary>
    public static FigureSubgroup? MembersOf(string code) => code switch
    {
        "israel_army" or Army or "other:army" => FigureSubgroup.Soldiers,
        "israel_police" or Police or "other:police" or "other:interior_ministry" => FigureSubgroup.Police,
        HealthMinistry or "gaza_moh" or "lebanon_moh" or "pa_moh" or "who" => FigureSubgroup.Medical,
        _ when IsRelief(code) => FigureSubgroup.AidWorkers,
        _ => null,
    };

    private static void Side(LexiconBuilder b, string forms, FigureSubgroup side) => b.Words(forms, w => w.Side = side);

    private static void Add(LexiconBuilder b, string phrases, string code, int strength) =>
        b.Phrases(phrases, rest => new Phrase(rest, PhraseKind.Authority) { Code = code, Strength = strength });
}
