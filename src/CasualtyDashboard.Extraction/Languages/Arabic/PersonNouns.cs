using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>Nouns that count people, with the subgroup they name (ARABIC-LEXICON.md §11).</summary>
internal static class PersonNouns
{
    public static void Register(LexiconBuilder b)
    {
        // stem, plural forms, subgroup, whether stem+ين is a dual (only when the sound plural is not -ين).
        Noun(b, "شخص", "أشخاص", FigureSubgroup.All, dualYn: true);
        Noun(b, "فرد", "أفراد", FigureSubgroup.All, dualYn: true);
        Noun(b, "مواطن", "مواطنين مواطنون", FigureSubgroup.All, dualYn: false);
        Noun(b, "مواطنة", "مواطنات", FigureSubgroup.Women, dualYn: true);
        Noun(b, "إنسان", "", FigureSubgroup.All, dualYn: true);
        Noun(b, "راكب", "ركاب", FigureSubgroup.All, dualYn: true);
        Noun(b, "مسافر", "مسافرين مسافرون", FigureSubgroup.All, dualYn: false);
        Noun(b, "مهاجر", "مهاجرين مهاجرون", FigureSubgroup.All, dualYn: false);
        Noun(b, "مقيم", "مقيمين مقيمون", FigureSubgroup.All, dualYn: false);
        Noun(b, "مستوطن", "مستوطنين مستوطنون", FigureSubgroup.All, dualYn: false);
        Noun(b, "سائح", "سائحين سياح", FigureSubgroup.All, dualYn: false);
        Noun(b, "شاب", "شبان", FigureSubgroup.All, dualYn: true);
        Noun(b, "رجل", "رجال", FigureSubgroup.Other, dualYn: true);
        Noun(b, "مريض", "مرضى", FigureSubgroup.All, dualYn: true);
        Noun(b, "نازح", "نازحين نازحون", FigureSubgroup.All, dualYn: false);
        Noun(b, "حاج", "حجاج", FigureSubgroup.All, dualYn: true);
        Noun(b, "مصل", "مصلين", FigureSubgroup.All, dualYn: false);
        Noun(b, "عامل", "عمال عاملين", FigureSubgroup.Other, dualYn: false);
        Noun(b, "ناشط", "ناشطين نشطاء", FigureSubgroup.Other, dualYn: false);
        Noun(b, "شقيق", "أشقاء إخوة", FigureSubgroup.Other, dualYn: true);
        Noun(b, "متظاهر", "متظاهرين متظاهرون", FigureSubgroup.Civilians, dualYn: false);
        Noun(b, "طفل", "أطفال", FigureSubgroup.Children, dualYn: true);
        Noun(b, "طفلة", "", FigureSubgroup.Children, dualYn: true);
        Noun(b, "فتى", "فتية فتيان", FigureSubgroup.Children, dualYn: false);
        Noun(b, "رضيع", "رضع", FigureSubgroup.Children, dualYn: true);
        Noun(b, "قاصر", "قاصرين", FigureSubgroup.Children, dualYn: false);
        Noun(b, "تلميذ", "تلاميذ", FigureSubgroup.Children, dualYn: true);
        Noun(b, "امرأة", "نساء نسوة", FigureSubgroup.Women, dualYn: true);
        Noun(b, "سيدة", "سيدات", FigureSubgroup.Women, dualYn: true);
        Noun(b, "فتاة", "فتيات", FigureSubgroup.Women, dualYn: true);
        Noun(b, "مسن", "مسنين مسنون", FigureSubgroup.Elderly, dualYn: false);
        Noun(b, "مسنة", "مسنات", FigureSubgroup.Elderly, dualYn: true);
        Noun(b, "مدني", "مدنيين مدنيون", FigureSubgroup.Civilians, dualYn: false);
        Noun(b, "جندي", "جنود", FigureSubgroup.Soldiers, dualYn: true);
        Noun(b, "عسكري", "عسكريين عسكريون", FigureSubgroup.Soldiers, dualYn: false);
        Noun(b, "ضابط", "ضباط", FigureSubgroup.Soldiers, dualYn: true);
        Noun(b, "مقاتل", "مقاتلين مقاتلون", FigureSubgroup.Fighters, dualYn: false);
        Noun(b, "مسلح", "مسلحين مسلحون", FigureSubgroup.Fighters, dualYn: false);
        Noun(b, "عنصر", "عناصر", FigureSubgroup.Fighters, dualYn: true);
        Noun(b, "متشدد", "متشددين", FigureSubgroup.Fighters, dualYn: false);
        Noun(b, "إرهابي", "إرهابيين", FigureSubgroup.Fighters, dualYn: false);
        Noun(b, "حوثي", "حوثيين الحوثيين", FigureSubgroup.Fighters, dualYn: false);
        b.Person("ميليشيا ميليشيات مليشيا مليشيات داعش مسلحي فصائل", FigureSubgroup.Fighters);
        b.Person("قوات الجيش", FigureSubgroup.Soldiers);
        b.Person("الشرطة", FigureSubgroup.Police);
        Noun(b, "شرطي", "شرطيين", FigureSubgroup.Police, dualYn: false);
        Noun(b, "منسوب", "منسوبي", FigureSubgroup.Police, dualYn: false);
        Noun(b, "مسعف", "مسعفين", FigureSubgroup.Medical, dualYn: false);
        Noun(b, "طبيب", "أطباء", FigureSubgroup.Medical, dualYn: true);
        Noun(b, "ممرض", "ممرضين", FigureSubgroup.Medical, dualYn: false);
        Noun(b, "صحفي", "صحفيين صحفيون", FigureSubgroup.Journalists, dualYn: false);
        Noun(b, "صحافي", "صحافيين صحافيون", FigureSubgroup.Journalists, dualYn: false);
        Noun(b, "صحفية", "صحفيات", FigureSubgroup.Journalists, dualYn: true);
        Noun(b, "إعلامي", "إعلاميين", FigureSubgroup.Journalists, dualYn: false);
        b.Person("جنوده جنودها ضباطه ضباطها", FigureSubgroup.Soldiers);
        b.Person("مقاتليه مقاتليها مقاتليهم مسلحيه مسلحيها", FigureSubgroup.Fighters);
        // "Its members": whose they are is the body named before the count (OwnMembers); with none named, عناصره are
        // taken for soldiers as before and the others for people.
        string[] own = ["أفراد", "عناصر", "منتسبي", "موظفي", "متطوعي", "كوادر", "طواقم", "عاملي"];
        foreach (var stem in own)
        {
            b.Words(string.Join(' ', new[] { "ه", "ها", "هم" }.Select(p => stem + p)), w =>
            {
                w.Subgroup ??= stem == "عناصر" ? FigureSubgroup.Soldiers : FigureSubgroup.All;
                w.Roles |= WordRole.OwnMembers;
            });
        }


        b.Phrases("كبار السن", rest => new Phrase(rest, PhraseKind.Subgroup) { Subgroup = FigureSubgroup.Elderly });
        b.Phrases("طواقم طبية | طواقم الإسعاف | كوادر طبية | الطواقم الطبية | عاملا صحيا | عاملين صحيين | الكوادر الصحية | الكوادر الطبية | كوادر صحية | الطواقم الصحية | طواقم صحية | فرق الإسعاف | الطواقم الإسعافية | العاملين الصحيين | الأطقم الطبية", rest => new Phrase(rest, PhraseKind.Subgroup) { Subgroup = FigureSubgroup.Medical });
        b.Phrases("عمال إغاثة | عاملي إغاثة | موظفي الإغاثة | عمال الإغاثة", rest => new Phrase(rest, PhraseKind.Subgroup) { Subgroup = FigureSubgroup.AidWorkers });
        // The members of a relief body (its name is also an issuer's: the count is of its people, not its statement).
        b.Phrases("""
            رجال الدفاع المدني | عناصر الدفاع المدني | أفراد الدفاع المدني | طواقم الدفاع المدني | طاقم الدفاع المدني | فرق الدفاع المدني | موظفي الدفاع المدني
            | موظفي الأونروا | موظفا في الأونروا | موظفي الأمم المتحدة | موظفا في الأمم المتحدة | موظفي وكالة الأونروا | عمال الأونروا
            | متطوعي الهلال الأحمر | طواقم الهلال الأحمر | موظفي الهلال الأحمر | موظفي الصليب الأحمر | عناصر الخوذ البيضاء | متطوعي الخوذ البيضاء
            """, rest => new Phrase(rest, PhraseKind.Subgroup) { Subgroup = FigureSubgroup.AidWorkers });
        b.Phrases("رجال الشرطة | عناصر الأمن | رجال الأمن | عناصر الشرطة", rest => new Phrase(rest, PhraseKind.Subgroup) { Subgroup = FigureSubgroup.Police });
        // (Peacekeepers are soldiers: 9 من عناصر حفظ السلام is not a count of fighters.)
        b.Phrases("رجال حرس الحدود | حرس الحدود | قوات البيشمركة | عناصر حفظ السلام | جنود حفظ السلام | قوات حفظ السلام | أفراد حفظ السلام", rest => new Phrase(rest, PhraseKind.Subgroup) { Subgroup = FigureSubgroup.Soldiers });
        // القطاع الصحي is the health sector, not the Gaza Strip (القطاع).
        b.Phrases("القطاع الصحي | القطاع الطبي | القطاع الاستشفائي | قطاع الصحة", rest => new Phrase(rest, PhraseKind.Subgroup) { Subgroup = FigureSubgroup.Medical });

        // Demonyms: nouns that count people and say whose they are.
        Demonym(b, "فلسطيني", "palestine");
        Demonym(b, "إسرائيلي", "israel");
        Demonym(b, "لبناني", "lebanon");
        Demonym(b, "سوري", "syria");
        Demonym(b, "عراقي", "iraq");
        Demonym(b, "يمني", "yemen");
        Demonym(b, "مصري", "egypt");
        Demonym(b, "سعودي", "saudi_arabia");
        Demonym(b, "أردني", "jordan");
        Demonym(b, "ليبي", "libya");
        Demonym(b, "سوداني", "sudan");
        Demonym(b, "تركي", "turkey");
        Demonym(b, "إيراني", "iran");
        Demonym(b, "أفغاني", "afghanistan");
        Demonym(b, "باكستاني", "pakistan");
        Demonym(b, "هندي", "india");
        Demonym(b, "أوكراني", "ukraine");
        Demonym(b, "روسي", "russia");
        Demonym(b, "مغربي", "morocco");
        Demonym(b, "جزائري", "algeria");
        Demonym(b, "تونسي", "tunisia");
        Demonym(b, "كويتي", "kuwait");
        Demonym(b, "آسيوي", null);
        Demonym(b, "عربي", null);
        Demonym(b, "أجنبي", null);

        b.Words("آخرين آخرون آخر آخرى أخريات", w =>
        {
            w.Subgroup ??= FigureSubgroup.All;
            w.Flags |= WordFlags.Others;
        });

        // وأصيب آخران: a dual "others" is a count of two on its own.
        b.Words("آخران آخريان أخريان", w =>
        {
            w.Subgroup ??= FigureSubgroup.All;
            w.Flags |= WordFlags.Others;
            w.Count = 2;
        });
    }

    private static void Noun(LexiconBuilder b, string stem, string plurals, FigureSubgroup subgroup, bool dualYn)
    {
        var feminine = stem.EndsWith('ة');
        var root = feminine ? stem[..^1] + "ت" : stem;
        b.Person(feminine ? stem : $"{stem} {stem}ا", subgroup, 1);
        b.Person(plurals, subgroup);
        b.Person(dualYn ? $"{root}ان {root}ين" : $"{root}ان", subgroup, 2);
        if (!feminine)
        {
            b.Person($"{stem}تان {stem}تين", subgroup, 2);
        }
    }

    private static void Demonym(LexiconBuilder b, string stem, string? region)
    {
        b.Person($"{stem} {stem}ا", FigureSubgroup.All, 1, region);
        b.Person($"{stem}ين {stem}ون", FigureSubgroup.All, 0, region);
        b.Person($"{stem}ان", FigureSubgroup.All, 2, region);
        // Feminine forms are adjectives on other nouns (الإسرائيلية): region hints only.
        b.Words($"{stem}ة", w => w.Demonym ??= region);
    }
}
