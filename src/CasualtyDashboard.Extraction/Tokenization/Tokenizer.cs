namespace CasualtyDashboard.Extraction.Tokenization;

/// <summary>
/// Splits normalised text into Arabic words, numbers (digits with their thousands and decimal separators), Latin runs
/// and punctuation. Whitespace is dropped. Allocation-light: tokens go into a caller-supplied list.
/// </summary>
internal static class Tokenizer
{
    /// <summary><see cref="Token.Char"/> of a paragraph end made of two or more line breaks.</summary>
    public const char BlankLine = '\u2029';

    public static void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsArabicLetter(c))
            {
                var start = i;
                while (i < text.Length && IsArabicLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(start, i - start, TokenKind.Word, '\0'));
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                i = ScanNumber(text, i);
                tokens.Add(new Token(start, i - start, TokenKind.Number, '\0'));
            }
            else if (char.IsAsciiLetter(c))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '\'' || text[i] == '@' || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(start, i - start, TokenKind.Latin, '\0'));
            }
            else if (c == '\n' || c == '\r')
            {
                var start = i;
                var lines = 0;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    lines += text[i] == '\n' ? 1 : 0;
                    i++;
                }

                // A single line break may only wrap a sentence; a blank line always ends a paragraph.
                tokens.Add(new Token(start, 1, TokenKind.ParagraphEnd, lines > 1 ? BlankLine : '\n'));
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                var kind = c switch
                {
                    '.' or '!' or '?' or '\u061F' or '\u06D4' => TokenKind.SentenceEnd,
                    '\u060C' or ',' or '\u061B' or ';' or ':' or '-' => TokenKind.Comma,
                    _ => TokenKind.Mark,
                };
                tokens.Add(new Token(i, 1, kind, c));
                i++;
            }
        }
    }

    /// <summary>Arabic letters after normalisation (digits and punctuation of the block excluded).</summary>
    public static bool IsArabicLetter(char c) => c is (>= '\u0621' and <= '\u064A') or (>= '\u0671' and <= '\u06D3') or (>= '\u06FA' and <= '\u06FF');

    // 10,328 / 10.328 / 2.3 / 1,5: a separator counts only between digits.
    private static int ScanNumber(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            else if ((text[i] == ',' || text[i] == '.') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && i > 0 && char.IsAsciiDigit(text[i - 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
