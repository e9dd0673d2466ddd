using System.Xml;
using CasualtyDashboard.Reconciliation.Messages;
using System.Xml.Linq;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>
/// Reads RSS 2.0 (and RSS 1.0/RDF) and Atom documents with <see cref="System.Xml"/>: no DTD (a feed that declares one is
/// refused), no external resolution, a cap on characters. Anything else gives a <see cref="FeedFormatException"/> whose
/// message says what is wrong. Items get their key from guid (Atom id), else link; relative links are resolved
/// against the feed's address; items without an http(s) link are skipped and named in <see cref="ParsedFeed.Skipped"/>.
/// </summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    // Feeds declaring a legacy Arabic code page (encoding="windows-1256") need the code-page encodings.
    static FeedParser() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public static ParsedFeed Parse(Stream document, Uri feedUrl, long maxCharacters = 20_000_000)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        XDocument xml;
        try
        {
            using var reader = XmlReader.Create(document, settings);
            xml = XDocument.Load(reader);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new FeedFormatException(Message.Of(FeedMessages.Dtd), ex);
        }
        catch (XmlException ex)
        {
            // Where, not what: the parser's message can quote the document, which may be a page that was never meant to be read.
            throw new FeedFormatException(Message.Of(FeedMessages.NotXml, MessageArg.Number(ex.LineNumber), MessageArg.Number(ex.LinePosition)), ex);
        }

        var root = xml.Root ?? throw new FeedFormatException(Message.Of(FeedMessages.EmptyDocument));
        if (root.Name == "rss")
        {
            var channel = root.Element("channel") ?? throw new FeedFormatException(Message.Of(FeedMessages.NoChannel, MessageArg.Text("<channel>")));
            return Build("RSS " + ((string?)root.Attribute("version") ?? "2.0"), Text(channel.Element("title")),
                channel.Elements("item").Select(i => ReadRssItem(i, feedUrl, XNamespace.None)));
        }
        if (root.Name == Atom + "feed")
        {
            return Build("Atom", Text(root.Element(Atom + "title")), root.Elements(Atom + "entry").Select(e => ReadAtomEntry(e, feedUrl)));
        }
        if (root.Name == Rdf + "RDF")
        {
            return Build("RSS 1.0", Text(root.Element(Rss1 + "channel")?.Element(Rss1 + "title")),
                root.Elements(Rss1 + "item").Select(i => ReadRssItem(i, feedUrl, Rss1)));
        }
        throw new FeedFormatException(root.Name.LocalName.Equals("html", StringComparison.OrdinalIgnoreCase)
            ? Message.Of(FeedMessages.WebPage, MessageArg.Text("<html>"))
            : Message.Of(FeedMessages.UnknownRoot, MessageArg.Text("<rss>, <feed>, <rdf:RDF>")));
    }

    private static ParsedFeed Build(string format, string? title, IEnumerable<(FeedEntry? Entry, string? Skipped)> items)
    {
        var entries = new List<FeedEntry>();
        var skipped = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, reason) in items)
        {
            if (entry is null) skipped.Add(reason!);
            else if (keys.Add(entry.Key)) entries.Add(entry);
        }
        return new ParsedFeed(format, title, entries, skipped);
    }

    private static (FeedEntry?, string?) ReadRssItem(XElement item, Uri feedUrl, XNamespace ns)
    {
        var title = Text(item.Element(ns + "title"));
        var guidElement = item.Element(ns + "guid");
        var guid = Text(guidElement);
        var link = Resolve(Text(item.Element(ns + "link")), feedUrl);
        // An RSS guid is a permalink unless it says otherwise.
        if (link is null && guid is not null && !string.Equals((string?)guidElement?.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase))
            link = Resolve(guid, feedUrl);
        var published = FeedDates.ParseRfc822(Text(item.Element(ns + "pubDate"))) ?? FeedDates.ParseIso8601(Text(item.Element(DublinCore + "date")));
        return Entry(guid ?? (string?)item.Attribute(Rdf + "about"), link, title, published);
    }

    private static (FeedEntry?, string?) ReadAtomEntry(XElement entry, Uri feedUrl)
    {
        var links = entry.Elements(Atom + "link").Where(l => (string?)l.Attribute("rel") is null or "alternate").ToList();
        var href = (string?)(links.FirstOrDefault(l => ((string?)l.Attribute("type"))?.Contains("html", StringComparison.OrdinalIgnoreCase) == true) ?? links.FirstOrDefault())?.Attribute("href");
        var published = FeedDates.ParseIso8601(Text(entry.Element(Atom + "published"))) ?? FeedDates.ParseIso8601(Text(entry.Element(Atom + "updated")));
        return Entry(Text(entry.Element(Atom + "id")), Resolve(href?.Trim(), feedUrl), Text(entry.Element(Atom + "title")), published);
    }

    private static (FeedEntry?, string?) Entry(string? key, Uri? link, string? title, DateOnly? published)
    {
        if (link is null) return (null, $"Item \"{Shorten(title ?? key ?? "(untitled)")}\" has no http(s) link to fetch.");
        key ??= link.AbsoluteUri;
        return (new FeedEntry(Shorten(key, 2000), link, title is null ? null : Shorten(title, 1000), published), null);
    }

    private static Uri? Resolve(string? href, Uri feedUrl) =>
        !string.IsNullOrWhiteSpace(href) && Uri.TryCreate(feedUrl, href.Trim(), out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;

    private static string? Text(XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : string.Join(' ', element.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Shorten(string value, int max = 80) => value.Length <= max ? value : value[..max];
}
