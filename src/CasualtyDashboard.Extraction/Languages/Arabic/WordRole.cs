namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>
/// Closed-class words a few resolver rules test at one position (not in every token's scan, so not copied beside each
/// token as <see cref="WordFlags"/> are): read from the word's entry with <c>TextAnalysis.Is</c>.
/// </summary>
[Flags]
internal enum WordRole
{
    None = 0,
    /// <summary>سجل، سجلت، أحصى، رصد، وثق، استقبل: a verb that records a count.</summary>
    Records = 1 << 0,
    /// <summary>تسجيل: the recording of a count (تم يوم الجمعة تسجيل ...).</summary>
    Recording = 1 << 1,
    /// <summary>أضاف، أضافت، إضافة: what a registry added (a part of a toll).</summary>
    Added = 1 << 2,
    /// <summary>تضاف، يضاف، أضيف، أضيفت: a count added to a toll stated before (a part of it).</summary>
    AddedTo = 1 << 3,
    /// <summary>عام، سنة: a year (في أكتوبر من العام نفسه).</summary>
    Year = 1 << 4,
    /// <summary>كما: "also", a sentence continuing the report before it.</summary>
    Also = 1 << 5,
    /// <summary>فيما: "while", a clause beside the one before.</summary>
    While = 1 << 6,
    /// <summary>التابع، التابعة: a unit belonging to the issuer named next.</summary>
    Affiliated = 1 << 7,
    /// <summary>المقابل، الأثناء (after في): the text turns to the other side or to something else.</summary>
    TurnAfterIn = 1 << 8,
    /// <summary>الجانب، الصعيد (after على): the text turns to the other side or to another front.</summary>
    TurnAfterOn = 1 << 9,
    /// <summary>خلاله، خلالها: "during it", a span named before (أسبوع من القصف قتل خلاله).</summary>
    DuringIt = 1 << 10,
    /// <summary>غارتين، هجومين، حادثين: two strikes or accidents (a count over them is a sum of incidents).</summary>
    TwoEvents = 1 << 11,
    /// <summary>رهينة، أسير، محتجز، مختطف: people held captive (bodies of captives handed over are not a toll).</summary>
    Captive = 1 << 12,
    /// <summary>عنصر، عناصر: members, whose side the text names elsewhere (a bare count of members).</summary>
    Members = 1 << 13,
    /// <summary>هوية، الانتشال (an entry with its article: bare انتشال is the act, not the tally): what was identified or recovered (a part of a toll).</summary>
    IdentifiedOrRecovered = 1 << 14,
    /// <summary>في، منهم، منها (bare): words between a count and the severity that describes it (إصابات 11 منهم خطيرة).</summary>
    SeverityGlue = 1 << 15,
    /// <summary>أنها، أنهم، أنه after ب: "described as", gluing a severity to the count before it (بأنها حرجة).</summary>
    DescribedAs = 1 << 16,
    /// <summary>عام، سنة، شهر: a calendar span that, with الماضي after it, dates another time (العام الماضي).</summary>
    CalendarSpan = 1 << 17,
    /// <summary>حسب، بحسب، وفق، وفقا: "according to", a source named right after it.</summary>
    AccordingTo = 1 << 18,
    /// <summary>نقلا (عن): "quoting", a source named right after it (as after حسب).</summary>
    Quoting = 1 << 19,
    /// <summary>جيش، عسكري، عسكرية: a military body or spokesman (with a nationality adjective, that state's army).</summary>
    Military = 1 << 20,
    /// <summary>شرطة: the police (with a nationality adjective, that state's police).</summary>
    Police = 1 << 21,
    /// <summary>إعلام، صحيفة، قناة، إذاعة، تلفزيون: the media (with a nationality adjective, that country's media).</summary>
    Press = 1 << 22,
    /// <summary>عبري، عبرية: "Hebrew", of Israel's media (وسائل إعلام عبرية).</summary>
    Hebrew = 1 << 23,
    /// <summary>مصدر، مصادر، مسؤول، مسؤولون: an unnamed source or official, who speaks without being the body.</summary>
    Anonymous = 1 << 24,
    /// <summary>المتحدث، الناطق (entries of their own, with the article): the spokesman named before, who speaks for the issuer named with him.</summary>
    Spokesman = 1 << 25,
    /// <summary>أحد، إحدى: "one", a count only as the first word of a teen (أحد عشر، إحدى عشرة).</summary>
    TeenOne = 1 << 26,
    /// <summary>أفرادها، عناصره، منتسبيها، موظفيها: "its members", people of the body named before the count.</summary>
    OwnMembers = 1 << 27,
    /// <summary>في، على، إلى، خلال، جراء، بسبب، إثر، أثناء، داخل، قرب (bare): a place or cause after a count, the modifier an elliptical conjunct brings (و4 في جبلة).</summary>
    ShareModifier = 1 << 28,
    /// <summary>مدينة، بلدة، قرية، مخيم، محافظة، منطقة ...: a settlement or division word, cueing the place named after it.</summary>
    Settlement = 1 << 29,
    /// <summary>في، قرب، داخل، أطراف، ضواحي، مدخل (bare, or with و / ب): a word of place right before a name, cueing it as a place.</summary>
    AtPlace = 1 << 30,
}
