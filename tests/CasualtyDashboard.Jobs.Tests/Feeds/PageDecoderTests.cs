using System.Text;
using CasualtyDashboard.Jobs.Feeds;

namespace CasualtyDashboard.Jobs.Tests.Feeds;

public sealed class PageDecoderTests
{
    static PageDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Html = "<html><head><meta charset=\"windows-1256\"></head><body><p>استشهد 12 فلسطينيا</p></body></html>";

    [Fact]
    public void Decode_LegacyArabicCodePageNamedInTheMetaTag_GivesTheArabicText()
    {
        var bytes = Encoding.GetEncoding("windows-1256").GetBytes(Html);

        Assert.Equal("استشهد 12 فلسطينيا", ArticleTextExtractor.Extract(PageDecoder.Decode(bytes, charset: null)).Text);
    }

    [Fact]
    public void Decode_HttpCharsetWinsOverTheMetaTag_AndByteOrderMarkOverBoth()
    {
        var utf8 = Encoding.UTF8.GetBytes(Html);

        Assert.Contains("استشهد", PageDecoder.Decode(utf8, "utf-8"));
        Assert.Contains("استشهد", PageDecoder.Decode([0xEF, 0xBB, 0xBF, .. utf8], "windows-1256"));
    }

    [Fact]
    public void Parse_FeedDeclaringWindows1256_ReadsArabicTitles()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss version=\"2.0\"><channel><item><title>غارة على رفح</title><link>http://x.example/a</link></item></channel></rss>";

        var feed = FeedParser.Parse(new MemoryStream(Encoding.GetEncoding("windows-1256").GetBytes(xml)), new Uri("http://x.example/rss"));

        Assert.Equal("غارة على رفح", Assert.Single(feed.Entries).Title);
    }
}
