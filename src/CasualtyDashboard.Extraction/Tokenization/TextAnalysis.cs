using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Normalization;

namespace CasualtyDashboard.Extraction.Tokenization;

/// <summary>
/// One article after normalising, tokenising and looking every word up once: the shared state every later stage reads.
/// </summary>
internal sealed class TextAnalysis
{
    private TextAnalysis(NormalizedText text, List<Token> tokens)
    {
        Text = text;
        Tokens = tokens;
        var n = tokens.Count;
        Info = new WordInfo?[n];
        Prefix = new byte[n];
        PhraseAt = new Phrase?[n];
        PhraseEnd = new int[n];
        Sentence = new int[n];
        Paragraph = new int[n];
        Skipped = new bool[n];
        Limit = n;
    }

    public NormalizedText Text { get; }

    public List<Token> Tokens { get; }

    /// <summary>Vocabulary entry of each word token (null when unknown or not a word).</summary>
    public WordInfo?[] Info { get; }

    /// <summary>Length of the clitics stripped before the entry was found.</summary>
    public byte[] Prefix { get; }

    /// <summary>The longest phrase starting at each token, and the index of its last token.</summary>
    public Phrase?[] PhraseAt { get; }

    public int[] PhraseEnd { get; }

    public int[] Sentence { get; }

    public int[] Paragraph { get; }

    /// <summary>Tokens inside an inline teaser line.</summary>
    public bool[] Skipped { get; }

    /// <summary>Tokens from here on belong to appended articles.</summary>
    public int Limit { get; private set; }

    public int Count => Tokens.Count;

    public static TextAnalysis Analyze(string text)
    {
        var normalized = ArabicNormalizer.Normalize(text);
        var tokens = new List<Token>(normalized.Length / 5 + 8);
        Tokenizer.Tokenize(normalized.Chars.AsSpan(0, normalized.Length), tokens);
        var analysis = new TextAnalysis(normalized, tokens);
        analysis.LookUp();
        analysis.MatchPhrases();
        analysis.MarkStructure();
        return analysis;
    }

    public ReadOnlySpan<char> Span(int token)
    {
        var t = Tokens[token];
        return Text.Span(t.Start, t.Length);
    }

    /// <summary>The clitics in front of a word token (و، بال ...).</summary>
    public ReadOnlySpan<char> PrefixOf(int token) => Span(token)[..Prefix[token]];

    public bool IsWord(int token) => token >= 0 && token < Count && Tokens[token].Kind == TokenKind.Word;

    public bool Has(int token, WordFlags flag) => token >= 0 && token < Count && Info[token] is { } info && info.Has(flag);

    /// <summary>True when the word at <paramref name="token"/> carries the definite article.</summary>
    public bool HasArticle(int token)
    {
        var prefix = PrefixOf(token);
        return prefix.EndsWith("ال") || prefix is "لل" or "ولل" or "فلل";
    }

    /// <summary>True when the word has no clitic, or only the conjunction و / ف.</summary>
    public bool IsBareOrConjoined(int token) => Prefix[token] == 0 || (Prefix[token] == 1 && Span(token)[0] is 'و' or 'ف');

    /// <summary>First and last token of the sentence holding tokens [first, last].</summary>
    public (int Start, int End) SentenceBounds(int first, int last)
    {
        var sentence = Sentence[first];
        var start = first;
        while (start > 0 && Sentence[start - 1] == sentence)
        {
            start--;
        }

        var end = last;
        while (end + 1 < Limit && Sentence[end + 1] == sentence)
        {
            end++;
        }

        return (start, end);
    }

    public bool SameSentence(int a, int b) => a >= 0 && b >= 0 && a < Count && b < Count && Sentence[a] == Sentence[b];

    private void LookUp()
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            Info[i] = ArabicLexicon.Lookup(Span(i), out var prefix);
            Prefix[i] = (byte)prefix;
        }
    }

    private void MatchPhrases()
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            PhraseEnd[i] = -1;
            if (Info[i]?.Phrases is not { } phrases)
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                if (MatchesRest(i, phrase.Rest))
                {
                    PhraseAt[i] = phrase;
                    PhraseEnd[i] = i + phrase.Rest.Length;
                    break;
                }
            }
        }
    }

    private bool MatchesRest(int start, string[] rest)
    {
        for (var k = 0; k < rest.Length; k++)
        {
            var token = start + 1 + k;
            if (token >= Tokens.Count || (Tokens[token].Kind != TokenKind.Word && Tokens[token].Kind != TokenKind.Number))
            {
                return false;
            }

            var span = Span(token);
            if (!(k == 0 ? ArabicLexicon.Matches(span, rest[k]) : span.SequenceEqual(rest[k]) || ArabicLexicon.Matches(span, rest[k])))
            {
                return false;
            }
        }

        return true;
    }

    // One line break between two words, the next not opening with و / ف: the sentence goes on.
    private bool WrappedLine(int i) =>
        Tokens[i].Char != Tokenizer.BlankLine && Tokens[i - 1].Kind == TokenKind.Word && i + 1 < Tokens.Count && Tokens[i + 1].Kind == TokenKind.Word
        && Span(i + 1)[0] is not ('و' or 'ف');

    private void MarkStructure()
    {
        var sentence = 0;
        var paragraph = 0;
        var lineStart = true;
        var skipLine = false;
        for (var i = 0; i < Tokens.Count; i++)
        {
            var token = Tokens[i];
            Sentence[i] = sentence;
            Paragraph[i] = paragraph;
            if (PhraseAt[i] is { Kind: PhraseKind.CutRest } && (lineStart || i > 0 && Tokens[i - 1].Kind is TokenKind.Comma or TokenKind.Mark or TokenKind.SentenceEnd))
            {
                Limit = i;
                return;
            }

            if (PhraseAt[i] is { Kind: PhraseKind.CutLine })
            {
                skipLine = true;
            }

            Skipped[i] = skipLine;
            // "العدد التراكمي للإصابات:" with the value on the next line, "كشفت الوزارة، في بلاغ،" before a break, and a
            // line wrapped mid-sentence (… ارتفاع حصيلة ضحايا / العدوان …) are each one statement.
            if (token.Kind == TokenKind.ParagraphEnd && i > 0 && (Tokens[i - 1].Kind == TokenKind.Comma || WrappedLine(i)))
            {
                lineStart = true;
                skipLine = false;
                continue;
            }

            if (token.Kind == TokenKind.ParagraphEnd)
            {
                sentence++;
                paragraph++;
                lineStart = true;
                skipLine = false;
                continue;
            }

            if (token.Kind == TokenKind.SentenceEnd)
            {
                sentence++;
            }

            lineStart = token.Kind == TokenKind.Mark && lineStart;
        }
    }
}
