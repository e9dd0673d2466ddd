namespace CasualtyDashboard.Extraction.Tokenization;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Latin,
    /// <summary>. ! ? ؟ — ends a sentence.</summary>
    SentenceEnd,
    /// <summary>A line break — ends a sentence and a paragraph.</summary>
    ParagraphEnd,
    /// <summary>، , ؛ ; : - — separates clauses.</summary>
    Comma,
    /// <summary>Quotes, brackets, slashes and other marks that do not split a clause.</summary>
    Mark,
}
