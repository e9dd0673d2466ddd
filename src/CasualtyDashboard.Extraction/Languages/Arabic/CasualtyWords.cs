using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>Casualty nouns, verbs and idioms (ARABIC-LEXICON.md §9), by where they sit relative to the count.</summary>
internal static class CasualtyWords
{
    public static void Register(LexiconBuilder b)
    {
        const FigureCategory K = FigureCategory.Killed, I = FigureCategory.Injured, M = FigureCategory.Missing;

        // Counted nouns: plural, singular (after 11+), dual (a count of two on their own).
        b.Casualty("قتلى شهداء وفيات ضحايا جثث جثامين موتى قتلي شهيدات متوفين متوفون", K, CueRole.Noun);
        // وفاة is a counted noun (1870 وفاة، 4 وفيات) as well as a verbal noun before the count (بوفاة 19 شخصا).
        b.Casualty(Accusatives("قتيل شهيد شهيدة ضحية جثة جثمان وفاة"), K, CueRole.Noun, 1);
        b.Casualty("قتيلان قتيلين شهيدان شهيدين جثتين جثتان ضحيتان ضحيتين حالتا حالتي وفاتان وفاتين", K, CueRole.Noun, 2);
        // The dual in construct before the two it counts (انتشال جثتي طفلين): the bodies of a dual noun, killed.
        b.Casualty("جثتي جثماني", K, CueRole.Before);
        b.Casualty("جرحى مصابين مصابون إصابات جريحات مصابات مصابي إصابتهم إصاباتهم إصابتهن", I, CueRole.Noun);
        b.Casualty(Accusatives("جريح مصاب إصابة"), I, CueRole.Noun, 1);
        b.Casualty("جريحان جريحين مصابان إصابتان إصابتين", I, CueRole.Noun, 2);
        b.Casualty("مفقودين مفقودون مفقودي", M, CueRole.Noun);
        b.Casualty(Accusatives("مفقود"), M, CueRole.Noun, 1);

        // The plurals with a possessive pronoun: حصيلة شهدائها، جرحاهم (a body's or a side's own dead). (قتلاه is left out:
        // "the army's dead" then took the place of the war named after it, منذ بدء التصعيد في قطاع غزة, over Israel.)
        b.Casualty(Possessives("شهداء ضحايا"), K, CueRole.Noun);
        b.Casualty(Possessives("جرحى مصابين"), I, CueRole.Noun);
        b.Casualty(Possessives("مفقودين"), M, CueRole.Noun);
        b.Role(Possessives("شهداء ضحايا جرحى مصابين مفقودين"), WordRole.OwnMembers);

        // Before the count: verbs and verbal nouns.
        // لقي / لقيت before the count: لقي 5 أشخاص مصرعهم، لقي شخصان ... حتفهما.
        b.Casualty("مقتل قتل قتلت استشهاد استشهد استشهدت وفاة توفي توفيت مصرع ارتقى ارتقاء اغتيال قضى قضت يقتل تقتل أودى أودت ماتت مات لقي لقيت أرواح", K, CueRole.Before);
        b.Casualty("أصيب أصيبت إصابة جرح جرحت أصاب أصابت يصاب إصابه اختناق تسمم", I, CueRole.Before);
        b.Casualty("فقدان اختفاء إخفاء", M, CueRole.Before);

        // After the counted noun: plural verbs and idioms.
        // Drowned, after the count (19 مهاجرا غرقوا). Not غرق before it: "غرق مركب ... على متنه 23 شخصا" counts the
        // passengers of a boat that sank (two corpus articles), not the drowned.
        b.Casualty("غرقوا غرقا غرقن", K, CueRole.After);
        b.Casualty("قتلوا قتلو استشهدوا استشهدا توفوا توفيا ماتوا قضوا قضيا قتلا مصرعهم مصرعهما مصرعه مصرعها حتفهم حتفهما حتفه حتفها مقتلهم استشهادهم وفاتهم", K, CueRole.After);
        // Idioms (ARABIC-LEXICON.md §9 and the held-out errors of issue 9).
        b.Phrases("راح ضحيته | راح ضحيتها | راح ضحيتهم | ذهب ضحيته | ذهب ضحيتها | أزهقت أرواح | أزهق أرواح | إزهاق أرواح | حصد أرواح | حصدت أرواح | أودى بأرواح | أودت بأرواح", rest => new Phrase(rest, PhraseKind.Casualty) { Category = K, Role = CueRole.Before });
        b.Phrases("فارق الحياة | فارقت الحياة | فارقوا الحياة | فارقا الحياة | فارقتا الحياة | فارقن الحياة | لفظ أنفاسه | لفظوا أنفاسهم", rest => new Phrase(rest, PhraseKind.Casualty) { Category = K, Role = CueRole.After });
        // Verb before its subject, object after it: فارق شابان الحياة، وفارقت طفلتان الحياة (FigureFinder.LeftLifeAround).
        b.Role("فارق فارقت فارقا فارقوا فارقتا فارقن", WordRole.LeftLife);
        b.Role("حياة", WordRole.Life);
        b.Casualty("أصيبوا أصيبو أصيبا جرحوا جرحو جرحا", I, CueRole.After);
        // 9 حجاج آخرين يتلقون العلاج: those being treated are injured (a plural or dual verb after the count).
        b.Phrases("يتلقون العلاج | يتلقيان العلاج | تتلقيان العلاج | يتلقين العلاج", rest => new Phrase(rest, PhraseKind.Casualty) { Category = I, Role = CueRole.After });
        b.Phrases("أودى بحياة | أودت بحياة | أدى إلى مقتل | أسفر عن مقتل | أسفرت عن مقتل | سقوط قتلى", rest => new Phrase(rest, PhraseKind.Casualty) { Category = K, Role = CueRole.Before });
        // فقد أثر 4 آخرين، انقطع الاتصال ب: the missing, verb first; 4 صيادين فقد أثرهم: after the count.
        b.Phrases("فقد أثر | فقدت آثار | فقد الاتصال ب | انقطعت أخبار", rest => new Phrase(rest, PhraseKind.Casualty) { Category = M, Role = CueRole.Before });
        // (The phrases give فقد an entry of its own, which would hide ف + قد: فقد نفى keeps قد's flag.)
        b.Flag("فقد", WordFlags.Already);
        b.Phrases("فقد أثرهم | فقد أثرهما | فقد أثره | فقد أثرها | فقدت آثارهم", rest => new Phrase(rest, PhraseKind.Casualty) { Category = M, Role = CueRole.After });
        // راح ضحية الانهيار امرأتان: the idiom with its cause, the victims after it; 3 أشخاص راحوا ضحية الحادث: before it.
        b.Phrases("راح ضحية | راحت ضحية | ذهب ضحية | ذهبت ضحية", rest => new Phrase(rest, PhraseKind.Casualty) { Category = K, Role = CueRole.Before });
        b.Phrases("راحوا ضحية | راحا ضحية | راحتا ضحية | ذهبوا ضحية | ذهبا ضحية", rest => new Phrase(rest, PhraseKind.Casualty) { Category = K, Role = CueRole.After });
        b.Phrases("في عداد المفقودين | لا يزالون مفقودين | ما زالوا مفقودين | لا يزالون في عداد المفقودين | مجهولي المصير | مجهولو المصير", rest => new Phrase(rest, PhraseKind.Casualty) { Category = M, Role = CueRole.After });
        b.Phrases("بين قتيل وجريح | بين قتيل ومصاب | ما بين قتيل وجريح | بين شهيد وجريح | بين شهيد ومصاب", rest => new Phrase(rest, PhraseKind.Casualty) { Category = FigureCategory.Casualties, Role = CueRole.After });
        b.Phrases("حالة وفاة | حالات وفاة | حالتا وفاة | حالتي وفاة", rest => new Phrase(rest, PhraseKind.Casualty) { Category = K, Role = CueRole.Noun });

        b.Flag("بجروح بجراح بإصابات بجروحه", WordFlags.Wounds);
        b.Flag("حالة حالات", WordFlags.Case);
        b.Flag("جثة جثث جثامين جثمان جثمانا جثتين جثتان جثتي جثماني", WordFlags.Body);
        // (and those who have left hospital: فيما غادر 19 مصابا المستشفيات after a toll of 27, a part of it.)
        b.Flag("نقل نقلت نقلهم نقلوا توزيع إسعاف غادر غادرت غادروا", WordFlags.Transport);
        b.Flag("المستشفى المستشفيات مستشفى مستشفيات", WordFlags.Hospital);
        // Famine deaths are a toll of their own, not a part of the toll of strikes (SCHEMA.md "Part or whole").
        b.Flag("المساعدات مساعدات منتظري طالبي لقمة مصائد", WordFlags.AidOrFamine);
    }

    /// <summary>Each singular with its accusative after a count of 11 or more (جثمان → جثمانا); feminines in ة have none.</summary>
    private static string Accusatives(string singulars) =>
        string.Join(' ', singulars.Split(' ').Select(w => w.EndsWith('ة') ? w : $"{w} {w}ا"));

    /// <summary>
    /// A plural with the pronouns ه، ها، هم، هن، نا: final ى becomes ا (قتلى → قتلاه)، a sound plural loses its ن (مصابين →
    /// مصابيها)، a final hamza is written on its seat (شهداء → شهداؤه، شهدائه).
    /// </summary>
    private static string Possessives(string plurals)
    {
        string[] pronouns = ["ه", "ها", "هم", "هن", "نا"];
        var forms = new List<string>();
        foreach (var plural in plurals.Split(' '))
        {
            string[] stems = plural.EndsWith('ى') ? [plural[..^1] + "ا"]
                : plural.EndsWith("ين", StringComparison.Ordinal) ? [plural[..^1]]
                : plural.EndsWith('ء') ? [plural[..^1] + "ؤ", plural[..^1] + "ئ"]
                : [plural];
            forms.AddRange(stems.SelectMany(stem => pronouns.Select(p => stem + p)));
        }

        return string.Join(' ', forms);
    }
}
