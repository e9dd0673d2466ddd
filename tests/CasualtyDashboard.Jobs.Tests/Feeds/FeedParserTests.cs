using System.Text;
using CasualtyDashboard.Jobs.Feeds;

namespace CasualtyDashboard.Jobs.Tests.Feeds;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("http://news.example/feeds/gaza.xml");

    private static ParsedFeed Parse(string xml) => FeedParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(xml)), FeedUrl);

    [Fact]
    public void Parse_Rss20_ReadsKeysLinksTitlesAndRfc822Dates_ResolvingRelativeLinks()
    {
        var feed = Parse("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>أخبار</title>
              <item><title>غارات على خان يونس</title><link>/2023/11/07/a.html</link><guid isPermaLink="false">id-1</guid>
                    <pubDate>Tue, 07 Nov 2023 23:30:00 +0300</pubDate></item>
              <item><title>الحصيلة</title><guid>http://news.example/b.html</guid><pubDate>8 Nov 23 01:00 GMT</pubDate></item>
            </channel></rss>
            """);

        Assert.Equal("RSS 2.0", feed.Format);
        Assert.Equal(
            [new FeedEntry("id-1", new Uri("http://news.example/2023/11/07/a.html"), "غارات على خان يونس", new DateOnly(2023, 11, 7)),
             new FeedEntry("http://news.example/b.html", new Uri("http://news.example/b.html"), "الحصيلة", new DateOnly(2023, 11, 8))],
            feed.Entries);
        Assert.Empty(feed.Skipped);
    }

    [Fact]
    public void Parse_Atom_TakesAlternateLinkAndPublishedBeforeUpdated()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title>
              <entry><id>urn:uuid:1</id><title>one</title><link rel="self" href="http://news.example/self"/>
                     <link rel="alternate" type="text/html" href="http://news.example/one.html"/>
                     <updated>2024-01-02T10:00:00Z</updated><published>2024-01-01T22:00:00-05:00</published></entry>
              <entry><id>urn:uuid:2</id><title>no link</title><updated>2024-01-02T10:00:00Z</updated></entry>
            </feed>
            """);

        Assert.Equal("Atom", feed.Format);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal(new FeedEntry("urn:uuid:1", new Uri("http://news.example/one.html"), "one", new DateOnly(2024, 1, 1)), entry);
        Assert.Contains("no link", Assert.Single(feed.Skipped));
    }

    [Fact]
    public void Parse_MalformedXml_ThrowsWithLineAndPosition()
    {
        var error = Assert.Throws<FeedFormatException>(() => Parse("<rss version=\"2.0\"><channel><item><title>x</item></channel></rss>"));

        Assert.StartsWith("The feed is not well-formed XML", error.Message);
        Assert.Contains("Line 1", error.Message);
        MessageAssert.Says(error.Reason, FeedMessages.NotXml, "1");
    }

    [Fact]
    public void Parse_DocumentWithDtd_IsRefusedWithoutExpandingEntities()
    {
        var error = Assert.Throws<FeedFormatException>(() => Parse(
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]><rss><channel><title>&b;</title></channel></rss>"));

        Assert.Contains("DTD", error.Message);
    }

    [Fact]
    public void Parse_HtmlPage_SaysItIsNotAFeed()
    {
        var error = Assert.Throws<FeedFormatException>(() => Parse("<html><body>hello</body></html>"));

        Assert.Equal("Not an RSS or Atom feed: the document is a web page (<html>).", error.Message);
    }

    [Fact]
    public void Parse_JavascriptOrMailtoLinks_AreSkippedNotFetched()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><item><title>x</title><link>javascript:alert(1)</link><guid isPermaLink=\"false\">k</guid></item></channel></rss>");

        Assert.Empty(feed.Entries);
        Assert.Single(feed.Skipped);
    }

    [Theory]
    [InlineData("Tue, 07 Nov 2023 10:00:00 GMT", 2023, 11, 7)]
    [InlineData("07 nov 2023 10:00 EST", 2023, 11, 7)]
    [InlineData("Wed, 1 Jan 25 00:00:00 +0000", 2025, 1, 1)]
    [InlineData("2023-11-07T23:59:00+03:00", 2023, 11, 7)]
    public void ParseRfc822_CommonShapes_GiveTheWrittenDay(string value, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), FeedDates.ParseRfc822(value));

    [Theory]
    [InlineData("")]
    [InlineData("الثلاثاء 7 نوفمبر")]
    [InlineData("31 Feb 2024 10:00 GMT")]
    public void ParseRfc822_Unreadable_GivesNull(string value) => Assert.Null(FeedDates.ParseRfc822(value));
}
