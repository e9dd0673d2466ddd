namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>
/// Closed-class words a few resolver rules test at one position (not in every token's scan, so not copied beside each
/// token as <see cref="WordFlags"/> are): read from the word's entry with <c>TextAnalysis.Is</c>. A <c>ulong</c> since rules
/// 1.18.0 (decision 054): the entry keeps one field and every test stays one AND.
/// </summary>
[Flags]
internal enum WordRole : ulong
{
    None = 0,
    /// <summary>سجل، سجلت، أحصى، رصد، وثق، استقبل: a verb that records a count.</summary>
    Records = 1UL << 0,
    /// <summary>تسجيل: the recording of a count (تم يوم الجمعة تسجيل ...).</summary>
    Recording = 1UL << 1,
    /// <summary>أضاف، أضافت، إضافة: what a registry added (a part of a toll).</summary>
    Added = 1UL << 2,
    /// <summary>تضاف، يضاف، أضيف، أضيفت: a count added to a toll stated before (a part of it).</summary>
    AddedTo = 1UL << 3,
    /// <summary>عام، سنة: a year (في أكتوبر من العام نفسه).</summary>
    Year = 1UL << 4,
    /// <summary>كما: "also", a sentence continuing the report before it.</summary>
    Also = 1UL << 5,
    /// <summary>فيما: "while", a clause beside the one before.</summary>
    While = 1UL << 6,
    /// <summary>التابع، التابعة: a unit belonging to the issuer named next.</summary>
    Affiliated = 1UL << 7,
    /// <summary>المقابل، الأثناء (after في): the text turns to the other side or to something else.</summary>
    TurnAfterIn = 1UL << 8,
    /// <summary>الجانب، الصعيد (after على): the text turns to the other side or to another front.</summary>
    TurnAfterOn = 1UL << 9,
    /// <summary>خلاله، خلالها: "during it", a span named before (أسبوع من القصف قتل خلاله).</summary>
    DuringIt = 1UL << 10,
    /// <summary>غارتين، هجومين، حادثين: two strikes or accidents (a count over them is a sum of incidents).</summary>
    TwoEvents = 1UL << 11,
    /// <summary>رهينة، أسير، محتجز، مختطف: people held captive (bodies of captives handed over are not a toll).</summary>
    Captive = 1UL << 12,
    /// <summary>عنصر، عناصر: members, whose side the text names elsewhere (a bare count of members).</summary>
    Members = 1UL << 13,
    /// <summary>هوية، الانتشال (an entry with its article: bare انتشال is the act, not the tally): what was identified or recovered (a part of a toll).</summary>
    IdentifiedOrRecovered = 1UL << 14,
    /// <summary>في، منهم، منها (bare): words between a count and the severity that describes it (إصابات 11 منهم خطيرة).</summary>
    SeverityGlue = 1UL << 15,
    /// <summary>أنها، أنهم، أنه after ب: "described as", gluing a severity to the count before it (بأنها حرجة).</summary>
    DescribedAs = 1UL << 16,
    /// <summary>عام، سنة، شهر: a calendar span that, with الماضي after it, dates another time (العام الماضي).</summary>
    CalendarSpan = 1UL << 17,
    /// <summary>حسب، بحسب، وفق، وفقا: "according to", a source named right after it.</summary>
    AccordingTo = 1UL << 18,
    /// <summary>نقلا (عن): "quoting", a source named right after it (as after حسب).</summary>
    Quoting = 1UL << 19,
    /// <summary>جيش، عسكري، عسكرية: a military body or spokesman (with a nationality adjective, that state's army).</summary>
    Military = 1UL << 20,
    /// <summary>شرطة: the police (with a nationality adjective, that state's police).</summary>
    Police = 1UL << 21,
    /// <summary>إعلام، صحيفة، قناة، إذاعة، تلفزيون: the media (with a nationality adjective, that country's media).</summary>
    Press = 1UL << 22,
    /// <summary>عبري، عبرية: "Hebrew", of Israel's media (وسائل إعلام عبرية).</summary>
    Hebrew = 1UL << 23,
    /// <summary>مصدر، مصادر، مسؤول، مسؤولون: an unnamed source or official, who speaks without being the body.</summary>
    Anonymous = 1UL << 24,
    /// <summary>المتحدث، الناطق (entries of their own, with the article): the spokesman named before, who speaks for the issuer named with him.</summary>
    Spokesman = 1UL << 25,
    /// <summary>أحد، إحدى: "one", a count only as the first word of a teen (أحد عشر، إحدى عشرة).</summary>
    TeenOne = 1UL << 26,
    /// <summary>أفرادها، عناصره، منتسبيها، موظفيها: "its members", people of the body named before the count.</summary>
    OwnMembers = 1UL << 27,
    /// <summary>في، على، إلى، خلال، جراء، بسبب، إثر، أثناء، داخل، قرب (bare): a place or cause after a count, the modifier an elliptical conjunct brings (و4 في جبلة).</summary>
    ShareModifier = 1UL << 28,
    /// <summary>مدينة، بلدة، قرية، مخيم، محافظة، منطقة ...: a settlement or division word, cueing the place named after it.</summary>
    Settlement = 1UL << 29,
    /// <summary>في، قرب، داخل، أطراف، ضواحي، مدخل (bare, or with و / ب): a word of place right before a name, cueing it as a place.</summary>
    AtPlace = 1UL << 30,
    /// <summary>فارق، فارقت، فارقا، فارقوا، فارقتا: the verb of "left life" when it comes before its subject (فارق شابان الحياة).</summary>
    LeftLife = 1UL << 31,
    /// <summary>حياة (with the article): the object that closes the idiom after the subject (فارق ثلاثة مرضى الحياة).</summary>
    Life = 1UL << 32,
    /// <summary>ألفا، مليونا: the dual of a scale word in construct when it opens the count (قتل ألفا شخص: 2000); after a number it is the accusative (34 ألفا).</summary>
    DualScale = 1UL << 33,
    /// <summary>غارة، قصف، ضربة، هجوم، استهداف (and plurals): a strike, whose target after على is a place (غارة على صور).</summary>
    StrikeNoun = 1UL << 34,
    /// <summary>فترة: a stretch of time, a stated span when its bound follows (الفترة ذاتها، الفترة الماضية، الفترة بين، الفترة من).</summary>
    Stretch = 1UL << 35,
    /// <summary>ذاتها، نفسها، الماضية، بين، الواقعة، من (bare): what makes الفترة before it a stated span.</summary>
    StretchBound = 1UL << 36,

    /// <summary>مطلع، مستهل، بداية: the outset of a year or month (منذ مطلع العام الماضي). (Bits from 56 down, decision 078: the
    /// roles other rounds add count up from 37.)</summary>
    Outset = 1UL << 56,

    /// <summary>حصيلتها، حصيلته: a toll with a possessive pronoun, which takes no day in construct after it (decision 078).</summary>
    OwnToll = 1UL << 55,

    /// <summary>وقع، ضرب، هز، اجتاح (and feminines): a verb of an event happening; a day after it (الزلزال الذي ضرب ... فجر الأحد،
    /// تدافع وقع ... مساء السبت) dates the event, not the report (decision 083).</summary>
    Happened = 1UL << 53,
}
