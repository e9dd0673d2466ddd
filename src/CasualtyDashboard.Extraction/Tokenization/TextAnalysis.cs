using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Normalization;

namespace CasualtyDashboard.Extraction.Tokenization;

/// <summary>
/// One article after normalising, tokenising and looking every word up once: the shared state every later stage reads.
/// </summary>
internal sealed class TextAnalysis
{
    // One analysis per thread, refilled for each article: the extractor is stateless and not re-entrant, and nothing
    // it returns refers to the analysis, so the buffers need not be allocated again.
    [ThreadStatic]
    private static TextAnalysis? t_shared;

    private int _used;

    // The words this thread looked up lately (SurfaceCache): kept from one article to the next.
    private readonly SurfaceCache _cache = new();

    private TextAnalysis()
    {
    }

    public NormalizedText Text { get; } = new();

    public List<Token> Tokens { get; } = new(1024);

    /// <summary>Vocabulary entry of each word token (null when unknown or not a word).</summary>
    public WordInfo?[] Info { get; private set; } = [];

    /// <summary>Length of the clitics stripped before the entry was found.</summary>
    public byte[] Prefix { get; private set; } = [];

    /// <summary>Flags of each word's entry (none when unknown or not a word), copied out of <see cref="Info"/>.</summary>
    public WordFlags[] Flags { get; private set; } = [];

    /// <summary>Traits of each word's entry, copied out of <see cref="Info"/> (<see cref="WordTraits"/>).</summary>
    public WordTraits[] Traits { get; private set; } = [];

    /// <summary>Roles of each word's entry (none when unknown or not a word), copied out of <see cref="Info"/>.</summary>
    public WordRole[] Roles { get; private set; } = [];

    /// <summary>The longest phrase starting at each token, and the index of its last token.</summary>
    public Phrase?[] PhraseAt { get; private set; } = [];

    public int[] PhraseEnd { get; private set; } = [];

    public int[] Sentence { get; private set; } = [];

    public int[] Paragraph { get; private set; } = [];

    // First and last token (below Limit) of each sentence number, filled after MarkStructure so that SentenceBounds is
    // two reads instead of a walk over the sentence for every figure (-1 where a number has no token).
    private int[] _sentenceStart = [];
    private int[] _sentenceEnd = [];

    // Per token, its FunctionWord (Known once looked at), and whether BasisResolver found it no basis marker: kept for
    // the rest of the article, since every figure scans its sentence again.
    private FunctionWord[] _function = [];
    private bool[] _noMarker = [];

    // Contrast words (فيما، بينما، أما ...) among tokens [0, k), counted on the first long question of the article.
    private int[] _contrastsBefore = [];
    private bool _contrastsCounted;

    // ReportFrame.IsHeadline's answer for each of the first tokens (0 not asked yet, 1 no, 2 yes), kept for the article.
    private readonly byte[] _headline = new byte[Attribution.ReportFrame.HeadlineReach + 1];

    /// <summary>Where <see cref="Attribution.ReportFrame.IsHeadline"/> keeps its answer for token <paramref name="k"/> (at most its reach).</summary>
    public ref byte HeadlineAnswer(int k) => ref _headline[k];

    /// <summary>Tokens inside an inline teaser line.</summary>
    public bool[] Skipped { get; private set; } = [];

    /// <summary>Tokens from here on belong to appended articles.</summary>
    public int Limit { get; private set; }

    public int Count => Tokens.Count;

    /// <summary>The calling thread's analysis, refilled for <paramref name="text"/>; valid until its next call.</summary>
    public static TextAnalysis Analyze(string text)
    {
        var analysis = t_shared ??= new TextAnalysis();
        analysis.Load(text);
        return analysis;
    }

    private void Load(string text)
    {
        ArabicNormalizer.Normalize(text, Text);
        Tokens.Clear();
        Tokenizer.Tokenize(Text.Chars.AsSpan(0, Text.Length), Tokens);
        var n = Tokens.Count;
        if (Info.Length <= n)
        {
            var size = Math.Max(n + 1, Info.Length * 2);
            (Info, Prefix, PhraseAt, PhraseEnd) = (new WordInfo?[size], new byte[size], new Phrase?[size], new int[size]);
            (Flags, Traits, Roles) = (new WordFlags[size], new WordTraits[size], new WordRole[size]);
            (Sentence, Paragraph, Skipped) = (new int[size], new int[size], new bool[size]);
            (_function, _noMarker) = (new FunctionWord[size], new bool[size]);
        }
        else
        {
            // Clear what the last article used too, so nothing of it is read past this one's end.
            var used = Math.Min(Math.Max(n, _used) + 1, Info.Length);
            Array.Clear(Info, 0, used);
            Array.Clear(Prefix, 0, used);
            Array.Clear(Flags, 0, used);
            Array.Clear(Traits, 0, used);
            Array.Clear(Roles, 0, used);
            Array.Clear(PhraseAt, 0, used);
            Array.Clear(PhraseEnd, 0, used);
            Array.Clear(Sentence, 0, used);
            Array.Clear(Paragraph, 0, used);
            Array.Clear(Skipped, 0, used);
            Array.Clear(_function, 0, used);
            Array.Clear(_noMarker, 0, used);
        }

        _used = n;
        _contrastsCounted = false;
        Array.Clear(_headline);
        Limit = n;
        LookUp();
        MarkStructure();
        IndexSentences();
    }

    // Sentence numbers only grow along the tokens (MarkStructure), so each is one run of tokens.
    private void IndexSentences()
    {
        var last = Limit > 0 ? Sentence[Limit - 1] : -1;
        if (_sentenceStart.Length <= last)
        {
            // (An endless sentence cut at 400 tokens numbers a few more sentences than there are end marks.)
            var size = Math.Max(last + 1, _sentenceStart.Length * 2);
            (_sentenceStart, _sentenceEnd) = (new int[size], new int[size]);
        }

        var (sentences, starts, ends) = (Sentence, _sentenceStart, _sentenceEnd);
        starts.AsSpan(0, last + 1).Fill(-1);
        ends.AsSpan(0, last + 1).Fill(-1);
        for (var i = 0; i < Limit; i++)
        {
            var s = sentences[i];
            if (starts[s] < 0)
            {
                starts[s] = i;
            }

            ends[s] = i;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Span(int token)
    {
        var t = Tokens[token];
        return Text.Span(t.Start, t.Length);
    }

    /// <summary>The clitics in front of a word token (و، بال ...).</summary>
    public ReadOnlySpan<char> PrefixOf(int token) => Span(token)[..Prefix[token]];

    // (Inlined: every rule asks it of every token it looks at, and the large callers' inlining budget is spent.)
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(int token) => unchecked((uint)token < (uint)Tokens.Count) && Tokens[token].Kind == TokenKind.Word;

    /// <summary>The closed-class words <paramref name="token"/> is (none when it is no word or out of range).</summary>
    public FunctionWord Function(int token)
    {
        if (!IsWord(token))
        {
            return FunctionWord.None;
        }

        var function = _function[token];
        if (function == FunctionWord.None)
        {
            function = FunctionWord.Known | ClassifyFunction(Span(token));
            _function[token] = function;
        }

        return function;
    }

    /// <summary>
    /// True when a word strictly between tokens <paramref name="from"/> and <paramref name="to"/> is a contrast word
    /// (<see cref="FunctionWord.Contrast"/>). A long stretch is answered from counts made once per article, so asking
    /// for every pair of a figure and a place of an endless sentence stays linear.
    /// </summary>
    public bool ContrastBetween(int from, int to)
    {
        var (lo, hi) = (Math.Max(from + 1, 0), Math.Min(to, Count));
        if (hi - lo <= 32)
        {
            for (var k = lo; k < hi; k++)
            {
                if ((Function(k) & FunctionWord.Contrast) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        if (!_contrastsCounted)
        {
            if (_contrastsBefore.Length <= Count)
            {
                _contrastsBefore = new int[Math.Max(Count + 1, _contrastsBefore.Length * 2)];
            }

            for (var k = 0; k < Count; k++)
            {
                _contrastsBefore[k + 1] = _contrastsBefore[k] + ((Function(k) & FunctionWord.Contrast) != 0 ? 1 : 0);
            }

            _contrastsCounted = true;
        }

        return _contrastsBefore[hi] > _contrastsBefore[lo];
    }

    /// <summary>True when BasisResolver has found <paramref name="token"/> to be no basis marker in this article.</summary>
    public bool IsNoMarker(int token) => _noMarker[token];

    /// <summary>Records that <paramref name="token"/> is no basis marker (which depends on the token and the article alone).</summary>
    public void SetNoMarker(int token) => _noMarker[token] = true;

    // The lists, by length and letters (no string compares: every word of every sentence scanned goes through here).
    private static FunctionWord ClassifyFunction(ReadOnlySpan<char> w) => w.Length switch
    {
        1 => w[0] == 'و' ? FunctionWord.ListGlue : FunctionWord.None,
        2 => (w[0], w[1]) switch
        {
            ('ا', 'ن') => FunctionWord.Said | FunctionWord.That,
            ('م', 'ن') or ('ع', 'ن') or ('ه', 'م') => FunctionWord.ListGlue,
            _ => FunctionWord.None,
        },
        3 => (w[0], w[1], w[2]) switch
        {
            ('ح', 'ي', 'ن') => FunctionWord.Contrast,
            ('ا', 'م', 'ا') => FunctionWord.Contrast | FunctionWord.Otherwise,
            ('ب', 'ا', 'ن') or ('ا', 'ن', 'ه') => FunctionWord.Said | FunctionWord.That,
            ('و', 'ا', 'ن') => FunctionWord.That,
            ('ا', 'ل', 'ي') or ('ك', 'م', 'ا') => FunctionWord.ListGlue,
            _ => FunctionWord.None,
        },
        4 => (w[0], w[1], w[2], w[3]) switch
        {
            ('ف', 'ي', 'م', 'ا') => FunctionWord.Contrast,
            ('و', 'ا', 'م', 'ا') => FunctionWord.Contrast | FunctionWord.Otherwise,
            ('ب', 'ا', 'ن', 'ه') or ('ا', 'ن', 'ه', 'ا') => FunctionWord.Said | FunctionWord.That,
            ('ا', 'ن', 'ه', 'م') => FunctionWord.That,
            ('ف', 'ض', 'ل', 'ا') or ('ا', 'ي', 'ض', 'ا') => FunctionWord.ListGlue,
            _ => FunctionWord.None,
        },
        5 => (w[0], w[1], w[2], w[3], w[4]) switch
        {
            ('ب', 'ي', 'ن', 'م', 'ا') or ('و', 'ف', 'ي', 'م', 'ا') => FunctionWord.Contrast,
            ('ب', 'ا', 'ن', 'ه', 'ا') => FunctionWord.That,
            ('ا', 'ض', 'ا', 'ف', 'ه') => FunctionWord.ListGlue,
            _ => FunctionWord.None,
        },
        6 => w is "وبينما" ? FunctionWord.Contrast : w is "واضافه" ? FunctionWord.ListGlue : FunctionWord.None,
        8 => w is "بالاضافه" ? FunctionWord.ListGlue : FunctionWord.None,
        9 => w is "وبالاضافه" ? FunctionWord.ListGlue : FunctionWord.None,
        _ => FunctionWord.None,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Has(int token, WordFlags flag) => unchecked((uint)token < (uint)Tokens.Count) && (Flags[token] & flag) != 0;

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
        if (first < Limit && last < Limit && last >= first)
        {
            // (A last token in a later sentence is the end itself: the sentence of first stops before it.)
            return (_sentenceStart[sentence], Sentence[last] == sentence ? _sentenceEnd[sentence] : last);
        }

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

    // Each word's entry, and the longest phrase starting at it: a word whose entry starts phrases is screened by the next
    // word's last letter against the letters its phrases' second words end with (Stem.PhraseLetters, read with the
    // entry's flags), so the entry itself and its phrases are opened only for a starter some phrase may follow.
    private void LookUp()
    {
        var tokens = CollectionsMarshal.AsSpan(Tokens);
        var chars = Text.Chars;
        var cache = _cache;
        PhraseEnd.AsSpan(0, tokens.Length).Fill(-1);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            ref readonly var found = ref ArabicLexicon.Find(chars.AsSpan(tokens[i].Start, tokens[i].Length), cache, out var prefix);
            Info[i] = found.Info;
            Prefix[i] = unchecked((byte)prefix);
            Flags[i] = found.Flags;
            Traits[i] = found.Traits;
            Roles[i] = found.Roles;
            if (found.PhraseLetters != 0)
            {
                // A phrase of two words or more needs a word or number next whose last letter is its second word's.
                var next = i + 1 < tokens.Length && tokens[i + 1].Kind is TokenKind.Word or TokenKind.Number ? chars[tokens[i + 1].End - 1] : '\0';
                if (((found.PhraseLetters >> (next & 63)) & 1) != 0)
                {
                    MatchPhrases(tokens, i, found.Info!, next);
                }
            }
        }
    }

    private void MatchPhrases(ReadOnlySpan<Token> tokens, int i, WordInfo info, char next)
    {
        if (info is not { Phrases: { } phrases, PhraseNextLasts: { } lasts })
        {
            return;
        }

        // (Each phrase's letter in one string: most phrases fail it, and are then never opened.)
        for (var p = 0; p < lasts.Length; p++)
        {
            if ((lasts[p] == '\0' || lasts[p] == next) && phrases[p] is var phrase && MatchesRest(tokens, i, phrase.Rest))
            {
                PhraseAt[i] = phrase;
                PhraseEnd[i] = i + phrase.Rest.Length;
                break;
            }
        }
    }

    private bool MatchesRest(ReadOnlySpan<Token> tokens, int start, string[] rest)
    {
        for (var k = 0; k < rest.Length; k++)
        {
            var token = start + 1 + k;
            if (token >= tokens.Length || (tokens[token].Kind != TokenKind.Word && tokens[token].Kind != TokenKind.Number))
            {
                return false;
            }

            if (!ArabicLexicon.Matches(Text.Span(tokens[token].Start, tokens[token].Length), rest[k]))
            {
                return false;
            }
        }

        return true;
    }

    // One line break between two words, the next not opening with و / ف nor with a verb of saying (a headline above
    // "أكد وزير الصحة ..." is no part of its sentence): the sentence goes on.
    private bool WrappedLine(int i) =>
        Tokens[i].Char != Tokenizer.BlankLine && Tokens[i - 1].Kind == TokenKind.Word && i + 1 < Tokens.Count && Tokens[i + 1].Kind == TokenKind.Word
        && Span(i + 1)[0] is not ('و' or 'ف') && (Flags[i + 1] & WordFlags.ReportVerb) == 0;

    /// <summary>
    /// Tokens after which a sentence is cut at its next comma (and at half as many again without one). The longest
    /// sentence of the development articles and bulletins has about 210 tokens.
    /// </summary>
    internal const int LongSentence = 400;

    private void MarkStructure()
    {
        var sentence = 0;
        var paragraph = 0;
        var lineStart = true;
        var skipLine = false;
        var tokens = CollectionsMarshal.AsSpan(Tokens);
        var (sentences, paragraphs, skipped, phrases) = (Sentence, Paragraph, Skipped, PhraseAt);
        var sentenceStart = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (i - sentenceStart >= LongSentence && (tokens[i - 1].Kind == TokenKind.Comma || i - sentenceStart >= 3 * LongSentence / 2))
            {
                // A "sentence" that never ends (a page without full stops, a pasted table): cut after a comma, or anyway,
                // so every figure's look around its sentence stays bounded and the time linear in the text's length.
                sentence++;
            }

            sentenceStart = i > 0 && sentence != sentences[i - 1] ? i : sentenceStart;
            sentences[i] = sentence;
            paragraphs[i] = paragraph;
            if (phrases[i] is { Kind: PhraseKind.CutRest } && (lineStart || i > 0 && tokens[i - 1].Kind is TokenKind.Comma or TokenKind.Mark or TokenKind.SentenceEnd))
            {
                Limit = i;
                return;
            }

            if (phrases[i] is { Kind: PhraseKind.CutLine })
            {
                skipLine = true;
            }

            skipped[i] = skipLine;
            // "العدد التراكمي للإصابات:" with the value on the next line, "كشفت الوزارة، في بلاغ،" before a break, and a
            // line wrapped mid-sentence (… ارتفاع حصيلة ضحايا / العدوان …) are each one statement.
            if (token.Kind == TokenKind.ParagraphEnd && i > 0 && (tokens[i - 1].Kind == TokenKind.Comma || WrappedLine(i)))
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
