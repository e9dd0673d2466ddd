namespace CasualtyDashboard.Extraction.Tokenization;

/// <summary>
/// Closed-class words the attribution rules scan stretches of a sentence for, again for every figure: each word is
/// compared with the lists once per article (<see cref="TextAnalysis.Function"/>) and the answer kept.
/// </summary>
[Flags]
internal enum FunctionWord : byte
{
    None = 0,
    /// <summary>فيما، بينما، حين، أما: a clause about something else.</summary>
    Contrast = 1 << 0,
    /// <summary>أما، وأما: another topic.</summary>
    Otherwise = 1 << 1,
    /// <summary>أن، بأن، أنه، بأنه، أنها: what a speaker said follows.</summary>
    Said = 1 << 2,
    /// <summary>أن، بأن، وأن، أنه، بأنه، أنها، بأنها، أنهم: the reported clause starts.</summary>
    That = 1 << 3,
    /// <summary>و، من، إلى، إضافة، فضلا، عن، كما، أيضا، هم: words that may stand between the items of one list.</summary>
    ListGlue = 1 << 4,
    /// <summary>Set once the word has been looked at.</summary>
    Known = 1 << 7,
}
