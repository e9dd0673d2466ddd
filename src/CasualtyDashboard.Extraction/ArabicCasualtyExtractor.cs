using CasualtyDashboard.Extraction.Attribution;
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
    public const string RulesVersion = "1.1.0";

    public string Version => RulesVersion;

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
        var candidates = FigureFinder.Find(a);
        if (candidates.Count == 0)
        {
            return [];
        }

        var mentions = Mentions.Collect(a);
        var figures = new List<CasualtyFigure>(candidates.Count);
        var seen = new HashSet<(long, FigureCategory, FigureSubgroup)>();
        var attributed = new Dictionary<Candidate, CasualtyFigure>(candidates.Count);
        foreach (var c in candidates)
        {
            var figure = Attribute(a, mentions, c, published, attributed);
            attributed[c] = figure;
            if (seen.Add((figure.Value, figure.Category, figure.Subgroup)))
            {
                figures.Add(figure);
            }
        }

        return figures;
    }

    private static CasualtyFigure Attribute(TextAnalysis a, Mentions m, Candidate c, DateOnly? published, Dictionary<Candidate, CasualtyFigure> attributed)
    {
        var first = a.Tokens[c.First];
        var last = a.Tokens[c.Last];
        var (start, length) = a.Text.ToOriginalSpan(first.Start, last.End);
        var evidence = new CasualtyFigure
        {
            Value = c.Number.Value,
            Qualifier = c.Qualifier,
            Category = c.Category,
            Subgroup = c.Subgroup,
            Evidence = a.Text.Original.Substring(start, length),
            EvidenceStart = start,
            EvidenceLength = length,
            Rule = c.Rule,
        };

        if (c.Parent is { } parent && attributed.TryGetValue(parent, out var toll))
        {
            // Subgroup totals share the toll's issuer, place, day and basis.
            return evidence with
            {
                Region = toll.Region,
                Area = toll.Area,
                Authority = toll.Authority,
                ReportedOn = toll.ReportedOn,
                Basis = toll.Basis,
                Since = toll.Since,
            };
        }

        var (region, area) = RegionResolver.Resolve(a, m, c.First, c.Last, c.Demonym);
        var authority = AuthorityResolver.Resolve(a, m, c.First, c.Last, region);
        var reportedOn = DateResolver.ReportedOn(a, c.First, c.Last, published);
        var (basis, since) = BasisResolver.Resolve(a, c.First, c.Last, published, region);
        return evidence with
        {
            Region = region,
            Area = area,
            Authority = authority,
            ReportedOn = reportedOn,
            Basis = basis,
            Since = since,
        };
    }
}
