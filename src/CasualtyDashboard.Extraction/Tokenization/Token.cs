namespace CasualtyDashboard.Extraction.Tokenization;

/// <summary>One token of normalised text: where it is and what it is.</summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, char Char)
{
    public int End => Start + Length;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsBreak => Kind is TokenKind.SentenceEnd or TokenKind.ParagraphEnd;
}
