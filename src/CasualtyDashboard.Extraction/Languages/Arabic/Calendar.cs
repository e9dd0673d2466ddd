namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>Weekdays, relative days and month names in every family (ARABIC-LEXICON.md §13-14).</summary>
internal static class Calendar
{
    public static void Register(LexiconBuilder b)
    {
        string[] weekdays = ["الأحد", "الاثنين الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
        for (var i = 0; i < weekdays.Length; i++)
        {
            var day = i;
            b.Words(weekdays[i], w =>
            {
                w.Flags |= WordFlags.Weekday;
                w.Ordinal = day;
            });
        }

        b.Flag("أمس الأمس البارحة", WordFlags.Yesterday);
        b.Flag("اليوم", WordFlags.Today);

        // Single-word months; Levant two-word months are phrases.
        string[] months =
        [
            "يناير جانفي", "فبراير فيفري شباط", "مارس آذار", "أبريل إبريل أفريل نيسان", "مايو ماي أيار", "يونيو يونيه جوان حزيران",
            "يوليو يوليه جويلية يوليوز تموز", "أغسطس أوت غشت آب", "سبتمبر شتنبر أيلول", "أكتوبر", "نوفمبر نونبر", "ديسمبر دجنبر",
        ];
        for (var i = 0; i < months.Length; i++)
        {
            var month = i + 1;
            b.Words(months[i], w =>
            {
                w.Flags |= WordFlags.Month;
                w.Ordinal = month;
            });
        }

        Month(b, "تشرين الأول | تشرين أول", 10);
        Month(b, "تشرين الثاني | تشرين ثاني", 11);
        Month(b, "كانون الأول | كانون أول", 12);
        Month(b, "كانون الثاني | كانون ثاني", 1);

        // Hijri months (Month is HijriMonth + 1..12); صفر is left out: it is also zero.
        string[] hijri = ["محرم", "", "ربيع الأول", "ربيع الآخر | ربيع الثاني", "جمادى الأولى | جمادى الأول", "جمادى الآخرة | جمادى الثانية | جمادى الآخر", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة | ذي القعدة", "ذو الحجة | ذي الحجة"];
        for (var i = 0; i < hijri.Length; i++)
        {
            if (hijri[i].Length > 0)
            {
                Month(b, hijri[i], HijriMonth + i + 1);
            }
        }
    }

    /// <summary>Added to a Hijri month's number in <see cref="Phrase.Month"/>.</summary>
    public const int HijriMonth = 100;

    private static void Month(LexiconBuilder b, string phrases, int month) =>
        b.Phrases(phrases, rest => new Phrase(rest, PhraseKind.Month) { Month = month });

    /// <summary>Ordinal day words (السابع من أكتوبر).</summary>
    public static readonly IReadOnlyDictionary<string, int> OrdinalDays = BuildOrdinals();

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> OrdinalLookup =
        ((Dictionary<string, int>)OrdinalDays).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The day an ordinal word names (السابع: 7), or null.</summary>
    public static int? OrdinalDay(ReadOnlySpan<char> word) => OrdinalLookup.TryGetValue(word, out var day) ? day : null;

    private static Dictionary<string, int> BuildOrdinals()
    {
        string[] ordinals = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"];
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordinals.Length; i++)
        {
            result[LexiconBuilderText.Normalize(ordinals[i])] = i + 1;
        }

        result[LexiconBuilderText.Normalize("العشرين")] = 20;
        result[LexiconBuilderText.Normalize("الثلاثين")] = 30;
        return result;
    }
}
