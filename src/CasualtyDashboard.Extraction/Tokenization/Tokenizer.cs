using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
        // Tokens are written straight into the list's array: there is at most one per character.
        var count = tokens.Count;
        CollectionsMarshal.SetCount(tokens, count + text.Length);
        var output = CollectionsMarshal.AsSpan(tokens);
        var classes = Classes;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var kind = c < classes.Length ? classes[c] : char.IsWhiteSpace(c) ? Space : Other;
            if (kind == Letter)
            {
                var start = i;
                i = EndOfWord(text, i + 1);
                output[count++] = new Token(start, i - start, TokenKind.Word, '\0');
            }
            else if (kind == Space)
            {
                i++;
            }
            else if (kind == Digit)
            {
                var start = i;
                i = ScanNumber(text, i);
                output[count++] = new Token(start, i - start, TokenKind.Number, '\0');
            }
            else if (kind == Latin)
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '\'' || text[i] == '@' || text[i] == '_'))
                {
                    i++;
                }

                output[count++] = new Token(start, i - start, TokenKind.Latin, '\0');
            }
            else if (kind == Newline)
            {
                var start = i;
                var lines = 0;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    lines += text[i] == '\n' ? 1 : 0;
                    i++;
                }

                // A single line break may only wrap a sentence; a blank line always ends a paragraph.
                output[count++] = new Token(start, 1, TokenKind.ParagraphEnd, lines > 1 ? BlankLine : '\n');
            }
            else
            {
                var mark = c switch
                {
                    '.' or '!' or '?' or '\u061F' or '\u06D4' => TokenKind.SentenceEnd,
                    '\u060C' or ',' or '\u061B' or ';' or ':' or '-' => TokenKind.Comma,
                    _ => TokenKind.Mark,
                };
                output[count++] = new Token(i, 1, mark, c);
                i++;
            }
        }

        CollectionsMarshal.SetCount(tokens, count);
    }

    // What a character starts, for every character below U+0700 (ASCII and Arabic, nearly all of any article).
    private const byte Other = 0, Letter = 1, Space = 2, Digit = 3, Latin = 4, Newline = 5;

    private static readonly byte[] Classes = BuildClasses();

    private static byte[] BuildClasses()
    {
        var classes = new byte[0x700];
        for (var c = 0; c < classes.Length; c++)
        {
            var ch = (char)c;
            classes[c] = IsArabicLetter(ch) ? Letter
                : char.IsAsciiDigit(ch) ? Digit
                : char.IsAsciiLetter(ch) ? Latin
                : ch is '\n' or '\r' ? Newline
                : char.IsWhiteSpace(ch) ? Space
                : Other;
        }

        return classes;
    }

    /// <summary>The end of the run of Arabic letters that goes on at <paramref name="i"/>.</summary>
    private static int EndOfWord(ReadOnlySpan<char> text, int i)
    {
        // Sixteen letters at a time: a word ends within the first block, where a letter-by-letter loop would guess
        // wrong at its end (a mispredicted branch per word costs more than the vector compares).
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            while (i <= text.Length - Vector256<ushort>.Count)
            {
                var block = Vector256.LoadUnsafe(ref first, (nuint)i);
                var letters = Vector256.LessThanOrEqual(block - Vector256.Create((ushort)0x0621), Vector256.Create((ushort)(0x064A - 0x0621)))
                    | Vector256.LessThanOrEqual(block - Vector256.Create((ushort)0x0671), Vector256.Create((ushort)(0x06D3 - 0x0671)))
                    | Vector256.LessThanOrEqual(block - Vector256.Create((ushort)0x06FA), Vector256.Create((ushort)(0x06FF - 0x06FA)));
                var others = ~letters.ExtractMostSignificantBits() & 0xFFFF;
                if (others != 0)
                {
                    return i + BitOperations.TrailingZeroCount(others);
                }

                i += Vector256<ushort>.Count;
            }
        }

        while (i < text.Length && IsArabicLetter(text[i]))
        {
            i++;
        }

        return i;
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
