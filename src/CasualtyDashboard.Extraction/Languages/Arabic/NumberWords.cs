using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>Cardinals, scales and vague quantifiers (ARABIC-LEXICON.md §2-5, §7).</summary>
internal static class NumberWords
{
    public static void Register(LexiconBuilder b)
    {
        Number(b, "واحد واحدا واحدة", 1, NumberWordKind.Unit);
        Number(b, "اثنان إثنان اثنين إثنين اثنتان ثنتان اثنتين ثنتين اثنا اثني اثنى اثنتا اثنتي", 2, NumberWordKind.Unit);
        Number(b, "ثلاثة ثلاث", 3, NumberWordKind.Unit);
        Number(b, "أربعة أربع", 4, NumberWordKind.Unit);
        Number(b, "خمسة خمس", 5, NumberWordKind.Unit);
        Number(b, "ستة ست", 6, NumberWordKind.Unit);
        Number(b, "سبعة سبع", 7, NumberWordKind.Unit);
        Number(b, "ثمانية ثماني ثمان", 8, NumberWordKind.Unit);
        Number(b, "تسعة تسع", 9, NumberWordKind.Unit);
        Number(b, "عشرة عشر", 10, NumberWordKind.TeenTen);
        Number(b, "حداشر", 11, NumberWordKind.Ten);
        Number(b, "اتناشر", 12, NumberWordKind.Ten);
        Number(b, "تلتاشر", 13, NumberWordKind.Ten);
        Number(b, "اربعتاشر", 14, NumberWordKind.Ten);
        Number(b, "خمستاشر", 15, NumberWordKind.Ten);
        Number(b, "ستاشر", 16, NumberWordKind.Ten);
        Number(b, "سبعتاشر", 17, NumberWordKind.Ten);
        Number(b, "تمنتاشر", 18, NumberWordKind.Ten);
        Number(b, "تسعتاشر", 19, NumberWordKind.Ten);
        Number(b, "عشرون عشرين", 20, NumberWordKind.Ten);
        Number(b, "ثلاثون ثلاثين", 30, NumberWordKind.Ten);
        Number(b, "أربعون أربعين", 40, NumberWordKind.Ten);
        Number(b, "خمسون خمسين", 50, NumberWordKind.Ten);
        Number(b, "ستون ستين", 60, NumberWordKind.Ten);
        Number(b, "سبعون سبعين", 70, NumberWordKind.Ten);
        Number(b, "ثمانون ثمانين", 80, NumberWordKind.Ten);
        Number(b, "تسعون تسعين", 90, NumberWordKind.Ten);
        Number(b, "مائة مئة مية ميه", 100, NumberWordKind.Hundred);
        Number(b, "مائتان مئتان مائتين مئتين مائتا مئتا مائتي مئتي", 200, NumberWordKind.Hundred);
        string[] units = ["ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "ثماني", "تسع"];
        for (var i = 0; i < units.Length; i++)
        {
            var value = (i < 5 ? i + 3 : i + 2) * 100;
            Number(b, $"{units[i]}مائة {units[i]}مئة", value, NumberWordKind.Hundred);
        }

        Number(b, "ألف ألفا", 1000, NumberWordKind.Scale);
        Number(b, "آلاف ألوف", 1000, NumberWordKind.Scale);
        Number(b, "ألفان ألفين ألفي", 2000, NumberWordKind.Unit);
        b.Role("ألفا مليونا", WordRole.DualScale);
        Number(b, "مليون مليونا ملايين", 1_000_000, NumberWordKind.Scale);
        Number(b, "مليونان مليونين", 2_000_000, NumberWordKind.Unit);
        Number(b, "مليار مليارا مليارات بليون", 1_000_000_000, NumberWordKind.Scale);

        // أحد عشر، إحدى عشرة: "one" is a count only before the ten of a teen (alone it is "one of", and الأحد is Sunday).
        b.Role("أحد إحدى", WordRole.TeenOne);

        // Vague quantifiers: the value is the lower bound SCHEMA.md gives.
        Vague(b, "عشرات", 20);
        Vague(b, "مئات", 200);
        Vague(b, "بضعة بضع عدة", 3);
        b.Phrases("عدد من | العديد من | عددا من | عدد كبير من | العشرات من | جرحى كثيرون", rest => new Phrase(rest, PhraseKind.Vague) { Value = 3 });
    }

    private static void Number(LexiconBuilder b, string forms, long value, NumberWordKind kind) =>
        b.Words(forms, w =>
        {
            w.NumberKind = kind;
            w.NumberValue = value;
        });

    private static void Vague(LexiconBuilder b, string forms, long value) =>
        b.Words(forms, w =>
        {
            w.NumberKind = NumberWordKind.Vague;
            w.NumberValue = value;
        });

    /// <summary>Qualifier of a vague quantifier (kept here so the table owns the reading).</summary>
    public static FigureQualifier VagueQualifier => FigureQualifier.Vague;
}
