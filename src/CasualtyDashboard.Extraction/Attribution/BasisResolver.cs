using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Tokenization;

namespace CasualtyDashboard.Extraction.Attribution;

/// <summary>
/// Basis and start of a figure from the markers nearest to it in its sentence: a running total (حصيلة، ارتفع إلى،
/// إجمالي، منذ ...), a stated span (خلال الـ24 ساعة الماضية، خلال يومين), or else one incident.
/// </summary>
internal static class BasisResolver
{
    private static readonly DateOnly GazaWarStart = new(2023, 10, 7);
    private static readonly DateOnly LebanonFrontStart = new(2023, 10, 8);

    public static (FigureBasis Basis, DateOnly? Since) Resolve(TextAnalysis a, int first, int last, DateOnly? published, string? region)
    {
        var (start, end) = a.SentenceBounds(first, last);

        FigureBasis? basis = null;
        DateOnly? since = null;
        var bestDistance = int.MaxValue;
        for (var k = start; k <= end; k++)
        {
            if (k >= first && k <= last)
            {
                continue;
            }

            var found = Marker(a, k, published, region, out var markerSince);
            if (found is null)
            {
                continue;
            }

            var distance = k < first ? first - k : k - last + 2;
            if (distance < bestDistance)
            {
                (basis, since, bestDistance) = (found, markerSince, distance);
            }
        }

        if (basis == FigureBasis.Cumulative && since is null)
        {
            since = WarStart(region, published);
        }

        return (basis ?? FigureBasis.Incident, since);
    }

    private static FigureBasis? Marker(TextAnalysis a, int k, DateOnly? published, string? region, out DateOnly? since)
    {
        since = null;
        if (a.PhraseAt[k] is { Kind: PhraseKind.WarStart })
        {
            since = WarStart(region, published);
            return FigureBasis.Cumulative;
        }

        if (a.Tokens[k].Kind != TokenKind.Word || a.Info[k] is not { } info)
        {
            return null;
        }

        if (info.Has(WordFlags.Since))
        {
            since = DateResolver.DateAt(a, k + 1, published, out _);
            return FigureBasis.Cumulative;
        }

        if (info.Has(WordFlags.Cumulative) || (info.Has(WordFlags.Toll) && a.Span(k).EndsWith("حصيله")) || (info.Has(WordFlags.Rise) && a.Span(k).Contains("رتف", StringComparison.Ordinal)))
        {
            return FigureBasis.Cumulative;
        }

        if (info.Has(WordFlags.During))
        {
            for (var j = k + 1; j < a.Limit && j <= k + 4; j++)
            {
                if (a.Has(j, WordFlags.SpanUnit))
                {
                    since = SpanStart(a, k, j, published);
                    return FigureBasis.Period;
                }
            }
        }

        if (info.Has(WordFlags.SpanUnit) && a.Has(k + 1, WordFlags.Past) && a.Span(k).StartsWith("ال"))
        {
            return FigureBasis.Period;
        }

        return null;
    }

    private static DateOnly? SpanStart(TextAnalysis a, int during, int unit, DateOnly? published)
    {
        if (published is not { } p)
        {
            return null;
        }

        var text = a.Span(unit);
        for (var j = during + 1; j < unit; j++)
        {
            if (a.Tokens[j].Kind == TokenKind.Number && NumberPhraseValue(a, j) is { } hours && text.Contains("ساع", StringComparison.Ordinal))
            {
                return p.AddDays(-(int)Math.Max(1, hours / 24));
            }
        }

        if (text.Contains("ساع", StringComparison.Ordinal))
        {
            return p.AddDays(-1);
        }

        return text is "يومين" ? p.AddDays(-2) : null;
    }

    private static long? NumberPhraseValue(TextAnalysis a, int k) =>
        long.TryParse(a.Span(k), out var v) ? v : null;

    private static DateOnly? WarStart(string? region, DateOnly? published)
    {
        if (published is { } p && p < GazaWarStart)
        {
            return null;
        }

        return region switch
        {
            "gaza" or "israel" or "west_bank" => GazaWarStart,
            "lebanon" when published is null || published < new DateOnly(2025, 1, 1) => LebanonFrontStart,
            _ => null,
        };
    }
}
