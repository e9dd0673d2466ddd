namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>
/// Places as SCHEMA.md region codes, with a finer area where one is named. Country adjectives (اللبنانية) are weaker
/// hints and carry strength 1; names carry 2.
/// </summary>
internal static class Places
{
    /// <summary>Region code for Palestinian victims before the place decides between Gaza and the West Bank.</summary>
    public const string Palestine = "palestine";

    private const string Table = """
        غزة|قطاع غزة|القطاع|غزه=gaza
        مدينة غزة|حي الشجاعية|الشجاعية|حي الزيتون|الشيخ رضوان|حي الرمال=gaza/gaza_city
        شمال غزة|شمال قطاع غزة|جباليا|مخيم جباليا|بيت لاهيا|بيت حانون=gaza/north_gaza
        خان يونس|خانيونس=gaza/khan_younis
        رفح|تل السلطان=gaza/rafah
        المواصي=gaza/khan_younis
        مخيم الشاطئ|حي التفاح|حي الدرج|حي الصبرة=gaza/gaza_city
        الزوايدة=gaza/central_gaza
        دير البلح|وسط قطاع غزة|وسط غزة|النصيرات|مخيم النصيرات|المغازي|البريج=gaza/central_gaza
        الضفة الغربية|الضفة|الضفة الغربية المحتلة=west_bank
        جنين|مخيم جنين=west_bank/jenin
        نابلس=west_bank/nablus
        الخليل=west_bank/hebron
        طولكرم=west_bank/tulkarm
        رام الله=west_bank/ramallah
        قلقيلية=west_bank/qalqilya
        طوباس=west_bank/tubas
        أريحا|مخيم عقبة جبر=west_bank/jericho
        مخيم نور شمس|مخيم طولكرم=west_bank/tulkarm
        مخيم بلاطة|مخيم عسكر|مخيم عين بيت الماء=west_bank/nablus
        مخيم الفارعة|طمون=west_bank/tubas
        مخيم الفوار|مخيم العروب=west_bank/hebron
        مخيم الدهيشة|مخيم عايدة|مخيم العزة=west_bank/bethlehem
        مخيم الأمعري|مخيم الجلزون|مخيم دير عمار=west_bank/ramallah
        مخيم شعفاط|مخيم قلنديا=west_bank/jerusalem
        مخيم عين السلطان=west_bank/jericho
        بيت لحم=west_bank/bethlehem
        القدس|القدس الشرقية=west_bank/jerusalem
        إسرائيل|تل أبيب|الأراضي المحتلة|غلاف غزة|مستوطنات غلاف غزة|سديروت|عسقلان|أسدود|حيفا|النقب|إيلات|بئر السبع|نتانيا|الجليل|الجليل الأعلى|كريات شمونة|المطلة|نهاريا|عكا|الخضيرة|هرتسليا|بات يام|ريشون لتسيون|صفد|طبريا=israel
        لبنان|جنوب لبنان|الجنوب اللبناني|الضاحية الجنوبية|البقاع|مدينة صور|صيدا|النبطية|بعلبك|الهرمل|مرجعيون|بنت جبيل|عيتا الشعب=lebanon
        بيروت|مرفأ بيروت=lebanon/beirut
        سوريا|سورية=syria
        إدلب=syria/idlib
        حلب=syria/aleppo
        دمشق|ريف دمشق=syria/damascus
        الغوطة|الغوطة الشرقية=syria/eastern_ghouta
        دوما=syria/douma
        حماة=syria/hama
        حمص=syria/homs
        سراقب=syria/saraqib
        معرة النعمان=syria/idlib
        دير الزور|البوكمال=syria/deir_ez_zor
        الرقة=syria/raqqa
        اللاذقية=syria/latakia
        طرطوس=syria/tartus
        القامشلي|الحسكة=syria/hasakah
        منبج|عفرين|جرابلس|إعزاز=syria/aleppo
        السويداء=syria/sweida
        القنيطرة=syria/quneitra
        تدمر=syria/homs
        درعا=syria/daraa
        سرمدا=syria/sarmada
        حرستا|حمورية|سقبا=syria/eastern_ghouta
        العراق=iraq
        ديالى|بعقوبة=iraq/diyala
        النجف=iraq/najaf
        كربلاء=iraq/karbala
        بابل|الحلة=iraq/babil
        سامراء=iraq/salahuddin
        الكوت|واسط=iraq/wasit
        السليمانية=iraq/sulaymaniyah
        دهوك=iraq/duhok
        بغداد|مدينة الصدر=iraq/baghdad
        البصرة=iraq/basra
        الموصل|نينوى=iraq/mosul
        الأنبار|الرمادي|الفلوجة|حصيبة=iraq/anbar
        سنجار=iraq/sinjar
        بيجي|صلاح الدين|تكريت=iraq/salahuddin
        ذي قار|الناصرية=iraq/dhi_qar
        الديوانية=iraq/diwaniyah
        كركوك=iraq/kirkuk
        أربيل=iraq/erbil
        اليمن=yemen
        صنعاء=yemen/sanaa
        عدن=yemen/aden
        الحديدة=yemen/hodeidah
        تعز=yemen/taiz
        صعدة|ضحيان=yemen/saada
        مأرب=yemen/marib
        حضرموت|المكلا=yemen/hadramawt
        شبوة=yemen/shabwa
        لحج=yemen/lahij
        الضالع=yemen/dhale
        ذمار=yemen/dhamar
        سقطرى=yemen/socotra
        المخا=yemen/mocha
        تهامة|التحيتا=yemen/tihama
        ليبيا=libya
        طرابلس=libya/tripoli
        درنة=libya/derna
        بنغازي=libya/benghazi
        طبرق=libya/tobruk
        مصراتة=libya/misrata
        سرت=libya/sirte
        سبها=libya/sabha
        تاورغاء=libya/tripoli
        مصر|القاهرة=egypt
        الجيزة=egypt/giza
        الإسكندرية=egypt/alexandria
        المنيا=egypt/minya
        أسيوط=egypt/assiut
        سوهاج=egypt/sohag
        الفيوم=egypt/fayoum
        سفاجا|البحر الأحمر=egypt/red_sea
        مرسى مطروح=egypt/marsa_matruh
        سيناء|العريش|رفح المصرية=egypt/sinai
        بورسعيد|الإسماعيلية|السويس=egypt/suez_canal
        أسوان=egypt/aswan
        الأقصر=egypt/luxor
        السعودية|المملكة العربية السعودية=saudi_arabia
        الرياض=saudi_arabia/riyadh
        جدة=saudi_arabia/jeddah
        مكة|مكة المكرمة=saudi_arabia/mecca
        المدينة المنورة=saudi_arabia/medina
        جازان|جيزان=saudi_arabia/jazan
        نجران=saudi_arabia/najran
        عسير|أبها=saudi_arabia/asir
        القصيم|بريدة=saudi_arabia/qassim
        أبقيق|بقيق=saudi_arabia/abqaiq
        الطوال=saudi_arabia/al_tuwal
        ظهران الجنوب=saudi_arabia/dhahran_al_janub
        الدمام|المنطقة الشرقية|القطيف|الأحساء=saudi_arabia/eastern_province
        الأردن|المملكة الأردنية|المملكة الأردنية الهاشمية|إربد|الزرقاء|المفرق|الكرك|العقبة|السلط|مادبا|جرش|عجلون|الطفيلة|معان|الرمثا|سحاب|البلقاء|جبل الحسين|الرصيفة|العاصمة عمان|وسط عمان|شرق عمان|غرب عمان|عمان الشرقية|الدوار الخامس=jordan
        حائل|رفحاء|الطائف|تبوك|عرعر|سكاكا|ينبع|الخرج|الباحة|القنفذة|بيشة|خميس مشيط|الأرطاوية|حفر الباطن|الجبيل|منطقة الرياض=saudi_arabia
        بنها|المنصورة|طنطا|الزقازيق|دمنهور|كفر الشيخ|الدقهلية|المنوفية|القليوبية|البحيرة|دمياط|بني سويف|قنا|ميت غمر|مطروح|شبرا الخيمة|حلوان|المحلة الكبرى=egypt
        المملكة المغربية|الحسيمة|الناظور|تازة|فاس|مكناس|طنجة|تطوان|وجدة|آسفي=morocco
        الكويت|الصوابر=kuwait
        قطر|الدوحة=qatar
        الإمارات|دبي|أبوظبي=uae
        البحرين=bahrain
        السودان|الخرطوم|دارفور|كردفان|شمال دارفور|جنوب كردفان|ولاية الجزيرة|ود مدني|سنار|كسلا|القضارف|بورتسودان=sudan
        أم درمان=sudan/omdurman
        الخرطوم بحري=sudan/khartoum_north
        الجنينة=sudan/el_geneina
        نيالا=sudan/nyala
        مخيم زمزم=sudan/el_fasher
        الفاشر=sudan/el_fasher
        إيران|طهران|أصفهان|شيراز|تبريز=iran
        تركيا|أنقرة|إسطنبول|اسطنبول=turkey
        سوروتش=turkey/suruc
        غازي عنتاب|هاتاي|أنطاكيا|كهرمان مرعش|ملاطية|أديامان|ديار بكر|أضنة|إسكندرون=turkey/earthquake_zone
        الريحانية=turkey/reyhanli
        إغدير=turkey/igdir
        تكيرداغ=turkey/tekirdag
        أفغانستان|كابول=afghanistan
        خوست=afghanistan/khost
        قندهار=afghanistan/kandahar
        هرات=afghanistan/herat
        ننغرهار|جلال آباد=afghanistan/nangarhar
        فارياب=afghanistan/faryab
        باكستان|إسلام آباد|كراتشي|لاهور|بيشاور|كويتا|بلوشستان|خيبر بختونخوا=pakistan
        الهند|نيودلهي|كشمير=india
        أوكرانيا|كييف=ukraine
        دونيتسك|كراماتورسك|سلوفيانسك|باخموت|بوكروفسك|أفدييفكا=ukraine/donetsk
        خيرسون=ukraine/kherson
        زابوريجيا=ukraine/zaporizhzhia
        أوديسا=ukraine/odesa
        دنيبرو|دنيبروبتروفسك=ukraine/dnipro
        لفيف=ukraine/lviv
        سومي=ukraine/sumy
        بيلغورود=russia/belgorod
        كورسك=russia/kursk
        خاركيف=ukraine/kharkiv
        روسيا|موسكو=russia
        كيميروفو=russia/kemerovo
        المغرب|الرباط|الدار البيضاء|مراكش|الحوز|ورزازات|تارودانت|شيشاوة|أكادير|أغادير|أزيلال=morocco
        الجزائر=algeria
        تونس=tunisia
        اليونان|أثينا|أتيكا|ماتي=greece
        اليابان|طوكيو=japan
        أوساكا=japan/osaka
        إندونيسيا|جاكرتا=indonesia
        لومبوك=indonesia/lombok
        بالو|سولاويسي=indonesia/palu
        هايتي=haiti
        الصومال|مقديشو=somalia
        نيجيريا=nigeria
        ميانمار=myanmar
        الصين=china
        فرنسا|باريس=france
        ألمانيا|برلين=germany
        بريطانيا|لندن|المملكة المتحدة=united_kingdom
        إسبانيا=spain
        إيطاليا=italy
        الولايات المتحدة|واشنطن|نيويورك=united_states
        """;

    private const string Adjectives = """
        الجانب الإسرائيلي=israel
        الجانب اللبناني=lebanon
        الجانب السوري=syria
        الجانب التركي=turkey
        الجانب الفلسطيني=palestine
        الفلسطينية|الفلسطيني=palestine
        اللبنانية|اللبناني=lebanon
        السورية|السوري=syria
        العراقية|العراقي=iraq
        اليمنية|اليمني=yemen
        المصرية|المصري=egypt
        السعودية|السعودي=saudi_arabia
        الليبية|الليبي=libya
        التركية|التركي=turkey
        الأفغانية|الأفغاني=afghanistan
        الأوكرانية|الأوكراني=ukraine
        الروسية|الروسي=russia
        المغربية|المغربي=morocco
        اليونانية|اليوناني=greece
        اليابانية|الياباني=japan
        الإندونيسية|الإندونيسي=indonesia
        السودانية|السوداني=sudan
        الكويتية|الكويتي=kuwait
        الأردنية|الأردني=jordan
        """;

    // Names a country gives itself that several countries share, as "name=region|region ...": the first unless the
    // places around it (Gazetteer.Settle) name another. "The kingdom" on a Jordanian page (حوادث السير في المملكة) is Jordan.
    private const string SharedNames = """
        المملكة=saudi_arabia|jordan|morocco|bahrain
        """;

    // Gazetteer names that are more often something else, never taken for places: "names # why", one reason a line.
    private const string NotPlaces = """
        فلسطين|دولة فلسطين # the state's name (تلفزيون فلسطين، دولة فلسطين): Palestinian places are settled by the Gaza and West Bank names
        العاصمة|الشرقية|الغربية|الشمالية|الجنوبية|الوسطى|الداخلية|المركزية|الجزيرة|الوادي|الواحات|الظاهرة|الباطنة|الحوض الشرقي|الحوض الغربي # a division's name without محافظة / ولاية is an adjective or a common noun (وزارة الداخلية، قناة الجزيرة)
        المنطقة الوسطى|المنطقة الداخلية|المحافظة الجنوبية|محافظة العاصمة|النقاط الخمس # generic phrases that name a division in one country only
        الجديد|الجديدة|المدينة|الحي|الحد|الخبر|القصر|التل|الصف|الطرف|الحزم|الفحص|المالح|المغار|الشاميه|الهندية|الجمالية|المنشأة|المنزلة|الأشهر|الحراك|الكسوة|الخارجة|النعمة|المذنب|الغازية|الطيبة|الشفا|العين|الخمس|الشهداء|العصابة|النعامة|السند|الكاف|الخور|البيض|العمارة|اب # towns named like common words (new, city, news, palace, party, eye, martyrs, gang ...)
        بلد|جامعة|دورا|قوله|اطار|بار|قبلي|بشري|صفوي|سلمية|السفيرة|ميادين|ينقل|قارة|مقلع|مساكن|خصب|القنايات|الحمامات|الرديف|سحر|ثورة|خفي|ربك|رهط|سيان|طريف|عصب|فدا|فوه|نبل|واو|تلا|بور|بم|وان|سيول|ميدان|معسكر|مركزي|ساري|سويس|صارح|عثمانية|قيصرية|بنادر|مصفح|ميلة|حولي|حيران|دخيل|سيلا|سول|موش|كلس|باي|تاني|كالي|كانو|رباط|زرقاء|خرطوم|مسقط|بنين|مالي|الجبل الأسود|المقعد المقدس|منزل جميل|علي الغربي # towns or countries named like common words (country, university, role, bar, tribal, human, Safavid, peaceful, ambassador, squares, homes, magic, revolution, floods, camp, central, in force, financial, boys ...)
        بشار|فلاديمير|جمال|رشيد|فارس|ادم|لمياء|فتحية|سعيدة|منصورة|صوفيا|بيرم|الريان|الزبير|المثنى|الأحمدي|صباح السالم|ماركس|دوغلاس|هاميلتون|فيكتوريا|ديغو|كومي|ديلي|باري|بولي # towns named like people (and ديلي as in ديلي ميل)
        يهودا والسامرة # the settlers' name of the West Bank, not Israel's
        """;

    // Gazetteer names taken for places only after a place cue (في، مدينة ...), whatever the town's size: also a word.
    private const string CueOnly = """
        الزاوية|البيضاء|المرج|عمران|الجوف|القادسية|القصير|الرمادي|الناصرة|قم # also corner, white, meadow, a first name, hollow, a battle, short, grey, supporting, stand up
        """;

    // Towns the gazetteer lacks whose name is also a common word: places only after a place cue (Gazetteer.Cued), as
    // "name=region/area # the other sense".
    private const string CueOnlyTowns = """
        صور=lebanon/tyre # also "pictures" (صور الأقمار الصناعية)
        """;

    // Hospitals named in casualty reports, as the place they stand in: the victims counted at a hospital are that
    // place's (أفاد مدير مستشفى كمال عدوان بوصول 7 شهداء). (المستشفى is a word of its own, so the forms with the article are
    // entries too.) Compiled by hand for rules 1.20.0: hospitals often named in casualty reports from Gaza, the West Bank
    // and Lebanon, each with the governorate or district it is commonly reported in; names only. Not yet checked one by
    // one against a published facility list (OCHA's and WHO's situation reports name them): do that before adding more.
    private const string Hospitals = """
        مستشفى كمال عدوان|مستشفى العودة|مستشفى الإندونيسي|المستشفى الإندونيسي|مستشفى اليمن السعيد=gaza/north_gaza
        مستشفى الشفاء|مجمع الشفاء الطبي|مجمع الشفاء|مستشفى الأهلي العربي|المستشفى الأهلي العربي|مستشفى المعمداني|المستشفى المعمداني|مستشفى الأهلي المعمداني|المستشفى الأهلي المعمداني|مستشفى الرنتيسي|مستشفى النصر|مستشفى الحلو|مستشفى الصحابة|مستشفى أصدقاء المريض=gaza/gaza_city
        مستشفى شهداء الأقصى|مستشفى الأقصى=gaza/central_gaza
        مستشفى ناصر|مجمع ناصر الطبي|مجمع ناصر|المستشفى الأوروبي|مستشفى غزة الأوروبي|مستشفى الأمل=gaza/khan_younis
        مستشفى أبو يوسف النجار|مستشفى النجار|المستشفى الكويتي|مستشفى الهلال الإماراتي=gaza/rafah
        مستشفى ابن سينا|مستشفى خليل سليمان=west_bank/jenin
        مستشفى رفيديا=west_bank/nablus
        مجمع فلسطين الطبي=west_bank/ramallah
        مستشفى جبل عامل|مستشفى حيرام|مستشفى نبيه بري|مستشفى النجدة الشعبية=lebanon
        مستشفى الرسول الأعظم|مستشفى رفيق الحريري|مستشفى بهمن=lebanon/beirut
        """;

    public static void Register(LexiconBuilder b)
    {
        var hand = new Dictionary<string, Phrase>(StringComparer.Ordinal);
        Load(b, Table, 2, hand);
        Load(b, Hospitals, 2, hand);
        Load(b, Adjectives, 1, hand);
        foreach (var line in CueOnlyTowns.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, target) = (line[..line.IndexOf('=')], line[(line.IndexOf('=') + 1)..line.IndexOf('#')].Trim());
            var slash = target.IndexOf('/');
            hand.TryAdd(Gazetteer.Key(name), Gazetteer.AddCueOnly(b, name, slash < 0 ? target : target[..slash], slash < 0 ? null : target[(slash + 1)..]));
        }

        foreach (var line in SharedNames.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, regions) = (line[..line.IndexOf('=')], line[(line.IndexOf('=') + 1)..].Split('|'));
            hand.TryAdd(Gazetteer.Key(name), Gazetteer.AddShared(b, name, regions));
        }

        Gazetteer.Register(b, hand, Names(NotPlaces), Names(CueOnly));
    }

    // The names of a "names # why" list, normalised.
    private static HashSet<string> Names(string list) =>
        list.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(line => line.Split('#')[0].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(Gazetteer.Key).ToHashSet(StringComparer.Ordinal);

    private static void Load(LexiconBuilder b, string table, int strength, Dictionary<string, Phrase> hand)
    {
        foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (names, target) = (line[..line.IndexOf('=')], line[(line.IndexOf('=') + 1)..]);
            var slash = target.IndexOf('/');
            var region = slash < 0 ? target : target[..slash];
            var area = slash < 0 ? null : target[(slash + 1)..];
            foreach (var name in names.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                b.Phrase(name, rest =>
                {
                    var phrase = new Phrase(rest, PhraseKind.Place) { Code = region, Area = area, Strength = strength };
                    hand.TryAdd(Gazetteer.Key(name), phrase);
                    return phrase;
                });
            }
        }
    }
}
