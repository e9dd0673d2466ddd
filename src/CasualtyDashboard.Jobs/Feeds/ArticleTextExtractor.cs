using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>
/// Takes an article page's main text out of its HTML with AngleSharp: prefers the article body (<c>itemprop=articleBody</c>,
/// the <c>&lt;article&gt;</c> with the most text, <c>&lt;main&gt;</c>, else the block holding the most paragraphs), drops
/// navigation, headers, footers, asides, scripts, styles, forms and frames, blocks whose class or id says related, share,
/// comments, teaser or read-more, and the Arabic "اقرأ أيضاً / مقالات مشابهة / مواضيع ذات صلة" blocks. The result is plain
/// text with paragraph breaks: no markup, no attribute, no URL survives, so hostile HTML comes out as inert text.
/// </summary>
public static partial class ArticleTextExtractor
{
    private static readonly HashSet<string> NoiseTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math",
        "canvas", "video", "audio", "form", "button", "input", "select", "textarea", "nav", "header", "footer", "aside", "dialog",
    };

    private static readonly HashSet<string> NoiseRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog",
    };

    /// <summary>Words of a class or id (split at '-' and '_') that mark a block as not part of the article.</summary>
    private static readonly HashSet<string> NoiseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "related", "share", "sharing", "social", "comment", "comments", "teaser", "teasers", "readmore", "recommended",
        "recommendations", "newsletter", "subscribe", "breadcrumb", "breadcrumbs", "advert", "advertisement", "ads", "ad",
        "sponsored", "promo", "popular", "trending", "widget", "sidebar", "outbrain", "taboola", "cookie", "tags",
    };

    /// <summary>Phrases of more than one word in a class or id ("read-more", "most_read").</summary>
    private static readonly string[] NoisePhrases = ["read-more", "more-news", "most-read", "more-stories", "also-read", "you-may-like"];

    /// <summary>Openings of "read also" and "related articles" blocks, in normalised spelling (see <see cref="NormaliseArabic"/>).</summary>
    private static readonly string[] RelatedMarkers =
    [
        "اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "مقالات مشابهه", "مقالات ذات صله", "مواضيع ذات صله", "مواضيع مشابهه",
        "اخبار ذات صله", "اخبار متعلقه", "قد يهمك ايضا", "قد يعجبك ايضا", "شاهد ايضا",
    ];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre",
        "table", "thead", "tbody", "tr", "td", "th", "dl", "dt", "dd", "figure", "figcaption", "address", "hr", "center",
    };

    private static readonly HashSet<string> ContainerTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "ul", "ol", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    /// <summary>Reads a page already decoded to text.</summary>
    public static ExtractedPage Extract(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, SkipComments = true, SkipProcessingInstructions = true });
        using var document = parser.ParseDocument(html);
        var title = MetaContent(document, "og:title") ?? Collapse(document.QuerySelector("h1")?.TextContent) ?? Collapse(document.Title);
        var published = FeedDates.ParseIso8601(MetaContent(document, "article:published_time")
            ?? document.QuerySelector("[itemprop~=datePublished]")?.GetAttribute("content")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));

        var body = document.Body;
        if (body is null) return new ExtractedPage("", title, published);
        foreach (var element in body.QuerySelectorAll("*").Where(IsNoiseElement).ToList()) element.Remove();

        var root = ChooseRoot(body);
        var rootLength = TextLength(root);
        foreach (var element in root.QuerySelectorAll("[class], [id]").Where(e => IsNoiseByName(e) && TextLength(e) * 2 <= rootLength).ToList())
        {
            if (root.Contains(element)) element.Remove();
        }
        RemoveRelatedBlocks(root);
        return new ExtractedPage(Render(root), title, published);
    }

    private static bool IsNoiseElement(IElement element) =>
        NoiseTags.Contains(element.LocalName)
        || (element.GetAttribute("role") is { } role && NoiseRoles.Contains(role.Trim()))
        || element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style));

    private static bool IsNoiseByName(IElement element)
    {
        foreach (var token in $"{element.ClassName} {element.Id}".Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = token.ToLowerInvariant().Replace('_', '-');
            if (NoisePhrases.Any(p => lower.Contains(p, StringComparison.Ordinal))) return true;
            if (lower.Split('-', StringSplitOptions.RemoveEmptyEntries).Any(NoiseWords.Contains)) return true;
        }
        return false;
    }

    private static IElement ChooseRoot(IElement body)
    {
        var marked = body.QuerySelectorAll("[itemprop~=articleBody]").MaxBy(ParagraphTextLength);
        if (marked is not null && TextLength(marked) > 0) return marked;
        var article = body.QuerySelectorAll("article").MaxBy(ParagraphTextLength);
        if (article is not null && ParagraphTextLength(article) > 0) return article;
        var main = body.QuerySelector("main, [role=main]");
        if (main is not null && TextLength(main) > 0) return main;
        // No markup says where the article is: take the element holding the most paragraph text directly.
        var best = body.QuerySelectorAll("*")
            .Select(e => (Element: e, Length: e.Children.Where(c => c.LocalName == "p").Sum(TextLength)))
            .Where(x => x.Length > 0).ToList();
        return best.Count > 0 ? best.MaxBy(x => x.Length).Element : body;
    }

    /// <summary>Removes "read also" lines, and "related articles" headings with the link lists after them.</summary>
    private static void RemoveRelatedBlocks(IElement root)
    {
        var blocks = root.QuerySelectorAll("p, div, section, li, h2, h3, h4, h5, h6, strong, b, span")
            .Where(e => !e.QuerySelectorAll("*").Any(d => ContainerTags.Contains(d.LocalName))).ToList();
        foreach (var block in blocks)
        {
            // Gone with an earlier block.
            if (!root.Contains(block)) continue;
            var text = NormaliseArabic(block.TextContent);
            var marker = RelatedMarkers.FirstOrDefault(m => text.StartsWith(m, StringComparison.Ordinal));
            if (marker is null) continue;
            // A marker inside a paragraph's inline element ("<p><strong>اقرأ أيضاً</strong>: title</p>") takes the paragraph.
            var target = block;
            while (target.LocalName is "strong" or "b" or "span" && target.ParentElement is { } parent && parent != root
                   && NormaliseArabic(parent.TextContent).StartsWith(marker, StringComparison.Ordinal))
                target = parent;
            var markerOnly = text[marker.Length..].Trim(' ', ':', '：', '-', '–', '|', '.', '،').Length == 0;
            if (markerOnly)
            {
                // A heading: the block after it is the list of related articles.
                for (var next = target.NextElementSibling; next is not null && IsLinkList(next); next = target.NextElementSibling) next.Remove();
            }
            if (target != root) target.Remove();
        }
    }

    private static bool IsLinkList(IElement element)
    {
        var all = TextLength(element);
        if (all == 0) return element.LocalName is "ul" or "ol" || element.QuerySelector("a") is not null;
        var linked = element.QuerySelectorAll("a").Sum(TextLength);
        return linked * 2 >= all;
    }

    private static string Render(IElement root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs);
        Flush(current, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when element.LocalName == "br":
                    current.Append('\n');
                    break;
                case IElement element when BlockTags.Contains(element.LocalName):
                    Flush(current, paragraphs);
                    Walk(element, current, paragraphs);
                    Flush(current, paragraphs);
                    break;
                case IElement element:
                    Walk(element, current, paragraphs);
                    break;
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0) return;
        var lines = current.ToString().Split('\n').Select(Collapse).Where(l => l is not null);
        var paragraph = string.Join('\n', lines);
        if (paragraph.Length > 0) paragraphs.Add(paragraph);
        current.Clear();
    }

    private static string? MetaContent(IHtmlDocument document, string property) =>
        Collapse(document.QuerySelectorAll("meta").FirstOrDefault(m =>
            string.Equals(m.GetAttribute("property"), property, StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.GetAttribute("name"), property, StringComparison.OrdinalIgnoreCase))?.GetAttribute("content"));

    private static int TextLength(IElement element) => element.TextContent.Count(c => !char.IsWhiteSpace(c));

    /// <summary>Text in paragraphs; a block without any paragraph counts a quarter of its text (teasers and link lists are rarely paragraphs).</summary>
    private static int ParagraphTextLength(IElement element) =>
        element.QuerySelectorAll("p").Sum(TextLength) is var inParagraphs and > 0 ? inParagraphs : TextLength(element) / 4;

    private static string? Collapse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return Whitespace().Replace(value, " ").Trim() is { Length: > 0 } collapsed ? collapsed : null;
    }

    /// <summary>Spelling evened out for matching only: no diacritics or tatweel, one alef, ى as ي, ة as ه, single spaces.</summary>
    internal static string NormaliseArabic(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, 200));
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 200)))
        {
            if (c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640') continue;
            builder.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            });
        }
        return Whitespace().Replace(builder.ToString(), " ").Trim();
    }

    // "  \n\t " between words
    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();

    // style="display: none" or "visibility:hidden"
    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HiddenStyle();
}
