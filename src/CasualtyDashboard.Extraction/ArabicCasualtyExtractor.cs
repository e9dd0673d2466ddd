using CasualtyDashboard.Extraction.Attribution;
using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Figures;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Tokenization;

namespace CasualtyDashboard.Extraction;

/// <summary>
/// Rule-based extractor of casualty figures from Arabic news text: normalise (with an offset map) → tokenise and look
/// every word up once → read counts → bind each to a casualty sense → attribute authority, region, date and basis →
/// drop repeats. Stateless and thread-safe: one instance can serve every thread.
/// </summary>
public sealed class ArabicCasualtyExtractor : ICasualtyExtractor
{
    /// <summary>Bumped whenever the rules change, so stored figures can be re-extracted.</summary>
    public const string RulesVersion = "1.27.0";

    public string Version => RulesVersion;

    // The calling thread's working collections, emptied and refilled for each article: the extractor is not re-entrant,
    // and nothing it returns refers to them.
    [ThreadStatic]
    private static Workspace? t_work;

    public IReadOnlyList<CasualtyFigure> Extract(ArticleInput article)
    {
        if (article is null || string.IsNullOrEmpty(article.Text))
        {
            return [];
        }

        try
        {
            return ExtractCore(article);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidOperationException or OverflowException or FormatException)
        {
            // Bad input gives an empty list, never an exception.
            return [];
        }
    }

    private static List<CasualtyFigure> ExtractCore(ArticleInput article)
    {
        var text = article.Text;
        var published = article.Published ?? DateResolver.FromPublicationLine(text);
        var a = TextAnalysis.Analyze(text);
        var work = t_work ??= new Workspace();
        var candidates = FigureFinder.Find(a, work.Candidates);
        if (candidates.Count == 0)
        {
            return [];
        }

        published ??= DateResolver.AnchorFromText(a);

        var home = RegionResolver.OutletCountry(article.Outlet);
        var mentions = Mentions.Collect(a, work.Mentions, home);
        var (attributed, sentences, sources) = (work.Attributed, work.Sentences, work.Sources);
        attributed.Clear();
        sentences.Clear();
        sources.Clear();
        var figures = new List<CasualtyFigure>(candidates.Count);
        Dictionary<int, CasualtyFigure>? leads = null;
        foreach (var c in candidates)
        {
            // (Whether the figure is one already found is known from the candidate alone; a repeat that keeps the first
            // statement's evidence is not given a copy of its own, so a page that restates one toll a million times
            // allocates no text for it.)
            var same = SameFigureAs(a, c, figures, sources);
            // (A title line's copy also gives way to a short lead sentence among the first three lines: it ends with a full stop.)
            var replacesHeadline = same >= 0 && ((ReportFrame.IsHeadline(a, sources[same].First) && !ReportFrame.IsHeadline(a, c.First))
                || (ReportFrame.IsTitle(a, sources[same].First) && !ReportFrame.IsTitle(a, c.First)));
            if (same < 0 && RoundedHeadlineCopy(a, c, figures, sources) is var copy and >= 0)
            {
                // The headline's rounded copy of this toll (أكثر من 35 ألف شهيد over the body's 35034) is the body's
                // statement: value, hedge, day and issuer all come from it; the headline keeps only its place.
                var body = Attribute(a, mentions, c, published, home, attributed, withEvidence: true);
                attributed[c] = body;
                var keepsPlace = KeepsPlace(a, mentions, figures[copy], sources[copy]);
                figures[copy] = body with { Region = keepsPlace ? figures[copy].Region : body.Region, Area = keepsPlace ? figures[copy].Area : body.Area };
                (sentences[copy], sources[copy]) = (a.Sentence[c.First], c);
                continue;
            }

            var figure = Attribute(a, mentions, c, published, home, attributed, withEvidence: same < 0 || replacesHeadline);
            if (same >= 0 && !replacesHeadline && OtherIssuersGroup(figures[same], figure))
            {
                // 3 شهداء (the civil defence) ... مقتل ضابط وجنديين (the army): not a restatement.
                figure = Attribute(a, mentions, c, published, home, attributed, withEvidence: true);
                same = -1;
            }

            attributed[c] = figure;
            if (same < 0)
            {
                figures.Add(figure);
                sentences.Add(a.Sentence[c.First]);
                sources.Add(c);
                continue;
            }

            // A figure stated again is one figure; the restatement may name its issuer, basis or subgroup.
            var kept = figures[same];
            if (replacesHeadline)
            {
                // A headline's copy of the toll gives way to the body's statement, which has the hedge, day and issuer
                // (the headline's place stays: it names where, the body often only "the town").
                // (Not a place the headline only took from the dateline: that gives way too.)
                var keepsPlace = KeepsPlace(a, mentions, kept, sources[same]);
                figures[same] = Merge(figure, kept, published) with { Region = keepsPlace ? kept.Region : figure.Region, Area = keepsPlace ? kept.Area : figure.Area };
                (sentences[same], sources[same]) = (a.Sentence[c.First], c);
                continue;
            }

            if (kept.Authority == AuthorityResolver.Unattributed && figure.Authority != AuthorityResolver.Unattributed)
            {
                (leads ??= [])[sentences[same]] = figure;
            }

            figures[same] = Merge(kept, figure, published);
        }

        ShareBasisOfSums(figures, sentences);
        OthersShareBasis(a, figures, sentences, sources);
        if (leads is not null)
        {
            // A lead stated without its issuer and repeated later with one: the whole lead sentence is that issuer's.
            for (var i = 0; i < figures.Count; i++)
            {
                if (figures[i].Authority == AuthorityResolver.Unattributed && leads.TryGetValue(sentences[i], out var source))
                {
                    figures[i] = figures[i] with { Authority = source.Authority, ReportedOn = source.ReportedOn };
                }
            }
        }

        return figures;
    }

    // A headline's place stays against the body's unless it is only the dateline's (بيروت - ... over شمال غرب سوريا named
    // in the body): the headline's line names no place and the dateline names that one. (A place reached by another
    // fallback, the country an issuer reports for, stays: the body's may be one soldier's battle, not the toll's.)
    private static bool KeepsPlace(TextAnalysis a, Mentions m, CasualtyFigure headline, Candidate c)
    {
        if (headline.Region is null || NamesPlace(a, m, c))
        {
            return headline.Region is not null;
        }

        foreach (var place in m.Places)
        {
            if (place.First > c.First + 64)
            {
                break;
            }

            if (place.Code == headline.Region && place.Area == headline.Area && Mentions.Dateline(a, place.First, place.Last))
            {
                return false;
            }
        }

        return true;
    }

    // A place named on the line of candidate c (a title line without a full stop runs on into the dateline's sentence,
    // so the line bounds it).
    private static bool NamesPlace(TextAnalysis a, Mentions m, Candidate c)
    {
        var (start, end) = a.SentenceBounds(c.First, c.Last);
        for (var k = Mentions.Before(m.Places, start); k < m.Places.Count && m.Places[k].First <= end; k++)
        {
            if (!LineBreakBetween(a, Math.Min(m.Places[k].First, c.First), Math.Max(m.Places[k].First, c.First)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LineBreakBetween(TextAnalysis a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (a.Tokens[k].Kind == TokenKind.ParagraphEnd)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Counts of one sentence that add up to a running total or period count stated in one of the two sentences before
    /// (ارتفعت الحصيلة إلى 210 قتلى. وسجلت السلطات 120 حالة وفاة في المدينة و90 في القرى) are its breakdown and share its
    /// basis (SCHEMA.md: a bulletin's breakdown lines under a total share its basis).
    /// </summary>
    private static void ShareBasisOfSums(List<CasualtyFigure> figures, List<int> sentences)
    {
        for (var i = 0; i < figures.Count;)
        {
            var j = i;
            long sum = 0;
            while (j < figures.Count && sentences[j] == sentences[i] && figures[j].Category == figures[i].Category && figures[j].Basis == FigureBasis.Incident)
            {
                sum += figures[j].Value;
                j++;
            }

            if (j - i >= 2)
            {
                for (var t = i - 1; t >= 0 && t >= i - 32 && sentences[t] >= sentences[i] - 2; t--)
                {
                    if (figures[t] is { Basis: not FigureBasis.Incident } total && total.Category == figures[i].Category && total.Value == sum && sentences[t] < sentences[i])
                    {
                        for (var k = i; k < j; k++)
                        {
                            figures[k] = figures[k] with { Basis = total.Basis, Since = total.Since };
                        }

                        break;
                    }
                }
            }

            i = Math.Max(j, i + 1);
        }
    }

    /// <summary>
    /// "N others" told as one incident after the toll of its sentence that is a count for a named day or a span (غارات يوم
    /// أمس أسفرت عن مقتل 11 مدنيا، فيما أصيب 40 آخرون): the others are of the same frame and take its basis and start.
    /// </summary>
    private static void OthersShareBasis(TextAnalysis a, List<CasualtyFigure> figures, List<int> sentences, List<Candidate> sources)
    {
        for (var j = 1; j < figures.Count; j++)
        {
            if (figures[j].Basis != FigureBasis.Incident || sources[j].Parent is not null || !CountsOthers(a, sources[j]))
            {
                continue;
            }

            var i = j - 1;
            while (i > 0 && sources[i].Parent is not null && sentences[i] == sentences[j])
            {
                i--;
            }

            if (sentences[i] == sentences[j] && sources[i].Parent is null && figures[i].Category != figures[j].Category && figures[i].Basis == FigureBasis.Period)
            {
                figures[j] = figures[j] with { Basis = figures[i].Basis, Since = figures[i].Since };
            }
        }
    }

    // 40 آخرون / وإصابة 12 آخرين: the count's noun is آخرين.
    private static bool CountsOthers(TextAnalysis a, Candidate c)
    {
        for (var k = c.Number.Last + 1; k <= c.Last; k++)
        {
            if (a.Has(k, WordFlags.Others))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Two counts alike in value and category, one of everyone and one of a group, each given by an issuer of its own: two
    /// reports of two tolls (the civil defence's 3 dead of a strike, the army's 3 soldiers), not one restated.
    /// </summary>
    private static bool OtherIssuersGroup(CasualtyFigure kept, CasualtyFigure again) =>
        kept.Subgroup != again.Subgroup && kept.Authority != again.Authority
        && kept.Authority != AuthorityResolver.Unattributed && again.Authority != AuthorityResolver.Unattributed;

    /// <summary>
    /// Index of an earlier figure this one restates: same value and category, and the same subgroup or one of them
    /// unspecified (38 قتيلا after بمقتل 38 من المقاتلين). A figure told as another event (سيارة ملغومة أخرى) is new.
    /// </summary>
    private static int SameFigureAs(TextAnalysis a, Candidate c, List<CasualtyFigure> figures, List<Candidate> sources)
    {
        var (value, category, subgroup) = (c.Number.Value, c.Category, c.Subgroup);
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (f.Value != value || f.Category != category || c.Parent == sources[i] || c.Parent is not null && c.Parent == sources[i].Parent && c.Subgroup != sources[i].Subgroup)
            {
                // (a part listed under the toll, or a sibling part, is a figure of its own even when the numbers agree)
                continue;
            }

            // (A part listed under a toll with a group of its own — بينهم عدد من أفراد طواقم الإسعاف — is not an earlier
            // count of everyone, however alike the values.)
            var subgroups = f.Subgroup == subgroup
                || (f.Subgroup == FigureSubgroup.All && subgroup is not FigureSubgroup.Other && c.Parent is null)
                || (subgroup == FigureSubgroup.All && f.Subgroup is not FigureSubgroup.Other);
            if (subgroups && !AnotherEvent(a, c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Index of a figure found only in a title line (<see cref="ReportFrame.IsTitle"/>) that is a rounded copy of the body's count <paramref name="c"/>:
    /// same category and subgroup, a round number (its last non-zero digit sets the unit) within one unit of the body's
    /// count and on the side its hedge says (أكثر من 35 ألف: the body's count is above 35000); -1 when none.
    /// </summary>
    private static int RoundedHeadlineCopy(TextAnalysis a, Candidate c, List<CasualtyFigure> figures, List<Candidate> sources)
    {
        var value = c.Number.Value;
        if (c.Qualifier == FigureQualifier.Vague || ReportFrame.IsTitle(a, c.First))
        {
            return -1;
        }

        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (f.Category != c.Category || f.Subgroup != c.Subgroup || f.Value == value || !ReportFrame.IsTitle(a, sources[i].First))
            {
                continue;
            }

            if (f.Qualifier == FigureQualifier.Vague)
            {
                // قتيلان وعدة جرحى over the body's 9 injured: the headline's vague count is the body's count.
                if (value >= f.Value)
                {
                    return i;
                }

                continue;
            }

            if (value < 20)
            {
                continue;
            }

            long unit = 1;
            while (f.Value % (unit * 10) == 0 && unit * 10 <= f.Value)
            {
                unit *= 10;
            }

            var near = unit >= 10 && Math.Abs(value - f.Value) < unit;
            var side = f.Qualifier switch
            {
                FigureQualifier.MoreThan or FigureQualifier.AtLeast => value >= f.Value,
                FigureQualifier.UpTo => value <= f.Value,
                _ => true,
            };
            if (near && side)
            {
                return i;
            }
        }

        return -1;
    }

    // انفجرت سيارة ملغومة أخرى ... مما أسفر عن مقتل أربعة: a second event with its own toll.
    private static bool AnotherEvent(TextAnalysis a, Candidate c)
    {
        var (start, _) = a.SentenceBounds(c.First, c.Last);
        for (var k = start; k < c.First; k++)
        {
            if (a.IsWord(k) && a.Span(k) is "اخري" or "اخر" or "منفصله" or "منفصل" or "ثانيه" or "ثان")
            {
                return true;
            }
        }

        return false;
    }

    private static CasualtyFigure Merge(CasualtyFigure kept, CasualtyFigure again, DateOnly? published)
    {
        var merged = kept;
        if (kept.Qualifier == FigureQualifier.Exact && again.Qualifier is not (FigureQualifier.Exact or FigureQualifier.Vague))
        {
            // A headline copy drops the hedge its body statement gives (نحو 40 قتيلا).
            merged = merged with { Qualifier = again.Qualifier };
        }

        if (kept.ReportedOn == published && again.ReportedOn is { } day && day != published && kept.Authority == again.Authority)
        {
            // ... and the day of the announcement (أعلنت الوزارة مساء أمس).
            merged = merged with { ReportedOn = day };
        }

        if (kept.Subgroup == FigureSubgroup.All && again.Subgroup != FigureSubgroup.All)
        {
            merged = merged with { Subgroup = again.Subgroup };
        }

        if (kept.Authority == AuthorityResolver.Unattributed && again.Authority != AuthorityResolver.Unattributed)
        {
            merged = merged with { Authority = again.Authority, ReportedOn = again.ReportedOn };
        }

        if (kept.Basis == FigureBasis.Incident && again.Basis != FigureBasis.Incident)
        {
            merged = merged with { Basis = again.Basis, Since = again.Since };
        }

        if (kept.Region is null && again.Region is not null)
        {
            merged = merged with { Region = again.Region, Area = again.Area };
        }

        return merged;
    }

    private static CasualtyFigure Attribute(TextAnalysis a, Mentions m, Candidate c, DateOnly? published, string? home, Dictionary<Candidate, CasualtyFigure> attributed, bool withEvidence)
    {
        var first = a.Tokens[c.First];
        var last = a.Tokens[c.Last];
        var (start, length) = a.Text.ToOriginalSpan(first.Start, last.End);
        var evidence = withEvidence ? a.Text.Original.Substring(start, length) : "";
        string? region, area, authority;
        DateOnly? reportedOn, since;
        FigureBasis basis;
        if (c.Parent is { } parent && attributed.TryGetValue(parent, out var toll))
        {
            // Subgroup totals share the toll's issuer, place, day and basis; a part split by place (11 على جبهة غزة و15 على
            // جبهة لبنان) keeps its own place.
            (region, area, authority, reportedOn, basis, since) = (toll.Region, toll.Area, toll.Authority, toll.ReportedOn, toll.Basis, toll.Since);
            if (RegionResolver.PlaceRightAfter(a, m, c.Last) is { } place)
            {
                (region, area) = (place.Code, place.Area);
            }

            if (a.Sentence[c.First] != a.Sentence[parent.First] && !ReportFrame.Continues(a, a.SentenceBounds(c.First, c.Last).Start, a.SentenceBounds(c.First, c.Last).End))
            {
                // وقال مصدر مسؤول إن بين القتلى طفلتين: a part told in a later statement of its own is dated by that statement,
                // and is its speaker's when the statement names one (وذكرت الشرطة في بيان لاحق أن بين المصابين 5 أطفال).
                reportedOn = DateResolver.ReportedOn(a, c.First, c.Last, published, -1);
                authority = AuthorityResolver.SpeakerInSentence(a, m, c.First, c.Last, region) ?? authority;
            }
        }
        else
        {
            (region, area) = RegionResolver.Resolve(a, m, c.First, c.Last, c.Demonym, out var own);
            (authority, var speaker) = AuthorityResolver.Resolve(a, m, c.First, c.Last, region);
            if (!own && RegionResolver.IssuerCountry(authority, c.Subgroup == FigureSubgroup.Soldiers) is { } country && country != region)
            {
                // No place in the figure's sentence: the country its issuer reports for, before a place named elsewhere.
                (region, area) = (country, null);
            }
            else if (!own && region is "gaza" or "west_bank" or "lebanon" && a.SentenceBounds(c.First, c.Last) is var (sentenceStart, sentenceEnd) && ReportFrame.OtherSide(a, sentenceStart, sentenceEnd))
            {
                // ... في المقابل، قتل 32 جنديا: the other side of the Gaza or Lebanon front is Israel.
                (region, area) = ("israel", null);
            }

            if (region is null && home is not null)
            {
                // No place anywhere: the outlet's country (a local road accident, a fire in the capital).
                region = home;
                (authority, speaker) = AuthorityResolver.Resolve(a, m, c.First, c.Last, region);
            }

            reportedOn = DateResolver.ReportedOn(a, c.First, c.Last, published, speaker);
            (basis, since) = BasisResolver.Resolve(a, c.First, c.Last, published, region);
            if (authority == AuthorityResolver.Unattributed && basis == FigureBasis.Cumulative && AuthorityResolver.HealthMinistryFor(m, region) is { } ministry
                && !(a.SentenceBounds(c.First, c.Last) is var (bgStart, bgEnd) && ReportFrame.OutletBackground(a, bgStart, bgEnd)))
            {
                // A war's running toll in an article that cites the health ministry reporting it is that ministry's toll
                // (not the outlet's own background, يذكر أن حصيلة الشهداء ارتفعت إلى: that names no issuer).
                authority = ministry;
            }
        }

        return new CasualtyFigure
        {
            Value = c.Number.Value,
            Qualifier = c.Qualifier,
            Category = c.Category,
            Subgroup = c.Subgroup,
            Evidence = evidence,
            EvidenceStart = start,
            EvidenceLength = length,
            Rule = c.Rule,
            Region = region,
            Area = area,
            Authority = authority,
            ReportedOn = reportedOn,
            Basis = basis,
            Since = since,
        };
    }

    private sealed class Workspace
    {
        public CandidateList Candidates { get; } = [];

        public Mentions Mentions { get; } = new();

        public Dictionary<Candidate, CasualtyFigure> Attributed { get; } = [];

        public List<int> Sentences { get; } = [];

        public List<Candidate> Sources { get; } = [];
    }
}
