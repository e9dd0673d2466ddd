using CasualtyDashboard.Reconciliation.Messages;
using System.Diagnostics;
using System.Text;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Jobs.Feeds;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CasualtyDashboard.Jobs.Tests.Feeds;

public sealed class FeedPollerTests(ITestOutputHelper output)
{
    private const string Etag = "\"rss-v1\"";
    private const string LastModified = "Tue, 07 Nov 2023 10:00:00 GMT";

    /// <summary>An RSS feed (ETag) with a good page, a 404 page and a huge page; an Atom feed (Last-Modified) with two good pages.</summary>
    private static void ServeTwoFeeds(FeedTestServer server)
    {
        server.Serve("rss.xml", FeedPages.Rss(
            ("rss-1", "/pages/khan-younis.html", "غارات على خان يونس", "Tue, 07 Nov 2023 23:30:00 +0300"),
            ("rss-2", "/pages/gone.html", "خبر محذوف", "Tue, 07 Nov 2023 12:00:00 +0300"),
            ("rss-3", "/pages/huge.html", "صفحة ضخمة", "Tue, 07 Nov 2023 11:00:00 +0300")),
            "application/rss+xml; charset=utf-8", etag: Etag);
        server.Serve("atom.xml", FeedPages.Atom(
            ("urn:atom:1", "/pages/rafah.html", "قصف في رفح", "2023-11-08T08:00:00+02:00"),
            ("urn:atom:2", "/pages/jenin.html", "اقتحام جنين", "2023-11-09T07:00:00Z")),
            "application/atom+xml", lastModified: LastModified);
        server.Serve("pages/khan-younis.html", FeedPages.Article("غارات على خان يونس", "استشهد 12 فلسطينيا في غارات على خان يونس."));
        server.ServeStatus("pages/gone.html", 404);
        server.ServeBytes("pages/huge.html", Encoding.UTF8.GetBytes(FeedPages.Article("ضخمة", new string('ح', 200_000))), "text/html", declareLength: true);
        server.Serve("pages/rafah.html", FeedPages.Article("قصف في رفح", "قتل 5 أشخاص في قصف على رفح."));
        server.Serve("pages/jenin.html", FeedPages.Article("اقتحام جنين", "أصيب 3 شبان خلال اقتحام جنين."));
    }

    [Fact]
    public async Task Poll_RssAndAtomFeeds_StoresEachPagesExtractedTextWithTheFeedsOutletAndTheItemsDate()
    {
        await using var harness = await FeedHarness.StartAsync();
        ServeTwoFeeds(harness.Server);
        var rss = await harness.AddFeedAsync("rss.xml", "وكالة وفا");
        var atom = await harness.AddFeedAsync("atom.xml", "قناة الجزيرة");

        var results = await harness.Poller.PollDueAsync(null, CancellationToken.None);

        Assert.Equal(2, results.Count);
        await using var db = harness.Pipeline.CreateDbContext();
        var articles = await db.Articles.Include(a => a.Outlet).OrderBy(a => a.Published).ToListAsync();
        Assert.Equal(
            [("وكالة وفا", new DateOnly(2023, 11, 7), "غارات على خان يونس"), ("قناة الجزيرة", new DateOnly(2023, 11, 8), "قصف في رفح"), ("قناة الجزيرة", new DateOnly(2023, 11, 9), "اقتحام جنين")],
            articles.Select(a => (a.Outlet!.Name, a.Published!.Value, a.Title!)));
        Assert.Equal(FeedPages.ArticleText("غارات على خان يونس", "استشهد 12 فلسطينيا في غارات على خان يونس."), articles[0].Text);
        Assert.All(articles, a => Assert.Equal("feed", a.Channel));
        Assert.All(articles, a => Assert.DoesNotContain("99999", a.Text));
        Assert.All(articles, a => Assert.DoesNotContain("الرئيسية", a.Text));
        Assert.All(articles, a => Assert.DoesNotContain("ذات صلة", a.Text));
        Assert.Equal(harness.Server.Url("pages/rafah.html").AbsoluteUri, articles[1].Url);

        var items = await db.Set<FeedItem>().Where(i => i.FeedId == rss).ToDictionaryAsync(i => i.ItemKey);
        Assert.Equal((FeedItemState.Stored, articles[0].Id), (items["rss-1"].State, items["rss-1"].ArticleId!.Value));
        Assert.Equal(FeedItemState.Failed, items["rss-2"].State);
        MessageAssert.Says(items["rss-2"].Error, FeedMessages.Http, "404", "Not Found");
        Assert.Equal(FeedItemState.Failed, items["rss-3"].State);
        MessageAssert.Says(items["rss-3"].Error, FeedMessages.DeclaredTooLarge, "65536");
        var rssFeed = await harness.FeedAsync(rss);
        Assert.Equal((1, (string?)null, Etag), (rssFeed.ItemsTaken, rssFeed.LastError, rssFeed.ETag));
        MessageAssert.Says(rssFeed.LastOutcome, FeedMessages.Fetched);
        Assert.Equal(["3", "1", "0", "2"], Message.FromStored(rssFeed.LastOutcome).Values());
        Assert.Equal("3 items fetched: 1 stored, 0 already stored, 2 failed.", MessageEnglish.Text(rssFeed.LastOutcome));
        Assert.NotNull(rssFeed.LastSuccessAt);
        Assert.Equal((2, LastModified), ((await harness.FeedAsync(atom)).ItemsTaken, (await harness.FeedAsync(atom)).LastModified));
    }

    [Fact]
    public async Task Poll_MalformedFeed_RecordsAClearErrorOnThatFeed_OtherFeedsUnaffected()
    {
        await using var harness = await FeedHarness.StartAsync();
        ServeTwoFeeds(harness.Server);
        harness.Server.Serve("broken.xml", "<rss version=\"2.0\"><channel><item><title>نص</title></channel></rss>", "application/rss+xml");
        var rss = await harness.AddFeedAsync("rss.xml", "وكالة وفا");
        var broken = await harness.AddFeedAsync("broken.xml", "موقع معطوب");
        var atom = await harness.AddFeedAsync("atom.xml", "قناة الجزيرة");

        var results = await harness.Poller.PollDueAsync(null, CancellationToken.None);

        Assert.Equal([true, false, true], results.OrderBy(r => r.FeedId).Select(r => r.Succeeded));
        var brokenFeed = await harness.FeedAsync(broken);
        MessageAssert.Says(brokenFeed.LastError, FeedMessages.NotXml, "1");
        MessageAssert.Says(brokenFeed.LastOutcome, FeedMessages.Failed);
        Assert.Null(brokenFeed.LastSuccessAt);
        Assert.NotNull(brokenFeed.LastPolledAt);
        Assert.Null((await harness.FeedAsync(rss)).LastError);
        Assert.Null((await harness.FeedAsync(atom)).LastError);
        await using var db = harness.Pipeline.CreateDbContext();
        Assert.Equal(3, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Poll_FeedAnswers404_RecordsTheFeedError()
    {
        await using var harness = await FeedHarness.StartAsync();
        var missing = await harness.AddFeedAsync("no-such-feed.xml", "موقع");

        var result = await harness.Poller.PollAsync(missing, CancellationToken.None);

        Assert.False(result.Succeeded);
        MessageAssert.Says((await harness.FeedAsync(missing)).LastError, FeedMessages.FetchFailed, "404");
        Assert.Equal("Fetching the feed failed: HTTP 404 Not Found", MessageEnglish.Text((await harness.FeedAsync(missing)).LastError));
    }

    [Fact]
    public async Task PollAgain_ConditionalGetGets304_AndNoPageIsFetchedTwice()
    {
        await using var harness = await FeedHarness.StartAsync();
        ServeTwoFeeds(harness.Server);
        var rss = await harness.AddFeedAsync("rss.xml", "وكالة وفا", intervalMinutes: 15);
        var atom = await harness.AddFeedAsync("atom.xml", "قناة الجزيرة", intervalMinutes: 15);
        await harness.Poller.PollDueAsync(null, CancellationToken.None);

        Assert.Empty(await harness.Poller.PollDueAsync(null, CancellationToken.None)); // interval not elapsed
        harness.Pipeline.Clock.Advance(TimeSpan.FromMinutes(16));
        var second = await harness.Poller.PollDueAsync(null, CancellationToken.None);

        Assert.All(second, r => Assert.True(r.NotModified));
        Assert.Equal(["/atom.xml", "/rss.xml"], harness.Server.NotModifiedAnswers.Order());
        Assert.Equal(2, harness.Server.RequestsTo("rss.xml"));
        foreach (var page in new[] { "pages/khan-younis.html", "pages/gone.html", "pages/huge.html", "pages/rafah.html", "pages/jenin.html" })
            Assert.Equal(1, harness.Server.RequestsTo(page));
        MessageAssert.Says((await harness.FeedAsync(rss)).LastOutcome, FeedMessages.NotModified);
        Assert.Equal(2, (await harness.FeedAsync(atom)).ItemsTaken);
    }

    [Fact]
    public async Task PollAgain_FeedWithoutValidatorsChanged_FetchesOnlyTheNewItemsPage()
    {
        await using var harness = await FeedHarness.StartAsync();
        harness.Server.Serve("plain.xml", FeedPages.Rss(("a", "/a.html", "أ", "Mon, 06 Nov 2023 10:00:00 GMT")), "text/xml");
        harness.Server.Serve("a.html", FeedPages.Article("أ", "قتل 1 في حادث."));
        harness.Server.Serve("b.html", FeedPages.Article("ب", "قتل 2 في حادث آخر."));
        var feed = await harness.AddFeedAsync("plain.xml", "موقع");
        await harness.Poller.PollAsync(feed, CancellationToken.None);
        harness.Server.Serve("plain.xml", FeedPages.Rss(("b", "/b.html", "ب", "Tue, 07 Nov 2023 10:00:00 GMT"), ("a", "/a.html", "أ", "Mon, 06 Nov 2023 10:00:00 GMT")), "text/xml");

        var result = await harness.Poller.PollAsync(feed, CancellationToken.None);

        Assert.Equal((1, 1), (result.Stored, result.Fetched));
        Assert.Equal((1, 1), (harness.Server.RequestsTo("a.html"), harness.Server.RequestsTo("b.html")));
        Assert.Equal(2, (await harness.FeedAsync(feed)).ItemsTaken);
    }

    [Fact]
    public async Task Poll_HugePageWithoutDeclaredLength_IsCutOffAtTheCapAndRecorded()
    {
        await using var harness = await FeedHarness.StartAsync();
        harness.Server.Serve("feed.xml", FeedPages.Rss(("big", "/big.html", "كبيرة", "Mon, 06 Nov 2023 10:00:00 GMT")), "text/xml");
        harness.Server.ServeBytes("big.html", Encoding.UTF8.GetBytes(FeedPages.Article("كبيرة", new string('ك', 2_000_000))), "text/html", declareLength: false);
        var feed = await harness.AddFeedAsync("feed.xml", "موقع");

        await harness.Poller.PollAsync(feed, CancellationToken.None);

        await using var db = harness.Pipeline.CreateDbContext();
        var item = await db.Set<FeedItem>().SingleAsync();
        Assert.Equal(FeedItemState.Failed, item.State);
        MessageAssert.Says(item.Error, FeedMessages.TooLarge, "65536");
        Assert.Equal(0, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Poll_PageTimesOut_ItemIsRetriedAtTheNextPoll_ThenGivenUpWithTheReason()
    {
        // 3 s, not 1: the feed and the quick page must answer within it even when the machine is loaded (a 1 s limit failed
        // once while the other test assemblies ran beside this one).
        await using var harness = await FeedHarness.StartAsync(new FeedOptions { RequestTimeoutSeconds = 3, MaxItemAttempts = 2 });
        harness.Server.Serve("feed.xml", FeedPages.Rss(("slow", "/slow.html", "بطيئة", "Mon, 06 Nov 2023 10:00:00 GMT"), ("ok", "/ok.html", "سريعة", "Mon, 06 Nov 2023 11:00:00 GMT")), "text/xml");
        harness.Server.ServeSlow("slow.html", FeedPages.Article("بطيئة", "نص"), TimeSpan.FromSeconds(30));
        harness.Server.Serve("ok.html", FeedPages.Article("سريعة", "قتل 4 في غارة."));
        var feed = await harness.AddFeedAsync("feed.xml", "موقع");

        var first = await harness.Poller.PollAsync(feed, CancellationToken.None);
        var second = await harness.Poller.PollAsync(feed, CancellationToken.None);

        Assert.Equal((1, 1), (first.Stored, first.Retrying));
        Assert.Equal((0, 1), (second.Stored, second.Failed));
        Assert.Equal(2, harness.Server.RequestsTo("slow.html"));
        Assert.Equal(1, harness.Server.RequestsTo("ok.html"));
        await using var db = harness.Pipeline.CreateDbContext();
        var slow = await db.Set<FeedItem>().SingleAsync(i => i.ItemKey == "slow");
        Assert.Equal((FeedItemState.Failed, 2), (slow.State, slow.Attempts));
        MessageAssert.Says(slow.Error, FeedMessages.GaveUp, "3", "2");
        MessageAssert.Says(slow.Error, FeedMessages.Timeout);
    }

    [Fact]
    public async Task Poll_FeedDownWhileAnItemWaitsForARetry_TheItemKeepsItsAttempts()
    {
        await using var harness = await FeedHarness.StartAsync(new FeedOptions { MaxItemAttempts = 2 });
        harness.Server.Serve("feed.xml", FeedPages.Rss(("k", "/p.html", "خبر", "Mon, 06 Nov 2023 10:00:00 GMT")), "text/xml");
        harness.Server.ServeStatus("p.html", 503);
        var feed = await harness.AddFeedAsync("feed.xml", "موقع");
        await harness.Poller.PollAsync(feed, CancellationToken.None);
        harness.Server.ServeStatus("feed.xml", 502);

        var down = await harness.Poller.PollAsync(feed, CancellationToken.None);

        MessageAssert.Says(down.Error, FeedMessages.FetchFailed, "502");
        await using var db = harness.Pipeline.CreateDbContext();
        var item = await db.Set<FeedItem>().SingleAsync();
        Assert.Equal((FeedItemState.Retrying, 1), (item.State, item.Attempts));
        MessageAssert.Says(item.Error, FeedMessages.Http, "503");
        Assert.Equal(1, harness.Server.RequestsTo("p.html"));
    }

    [Fact]
    public async Task Poll_MoreNewItemsThanTheCap_TakesTheCapAndLeavesTheRestForTheNextRun()
    {
        await using var harness = await FeedHarness.StartAsync(new FeedOptions { MaxItemsPerPoll = 2 });
        harness.Server.Serve("feed.xml", FeedPages.Rss(Enumerable.Range(1, 3).Select(i => ($"k{i}", $"/p{i}.html", $"خبر {i}", "Mon, 06 Nov 2023 10:00:00 GMT")).ToArray()), "text/xml");
        for (var i = 1; i <= 3; i++) harness.Server.Serve($"p{i}.html", FeedPages.Article($"خبر {i}", $"قتل {i} في غارة رقم {i}."));
        var feed = await harness.AddFeedAsync("feed.xml", "موقع", intervalMinutes: 60);

        var first = await harness.Poller.PollDueAsync(null, CancellationToken.None);
        var second = await harness.Poller.PollDueAsync(null, CancellationToken.None);

        Assert.Equal((2, 1), (first.Single().Stored, first.Single().Left));
        Assert.Equal("2 items fetched: 2 stored, 0 already stored, 0 failed; 1 new items left for the next poll.", MessageEnglish.Text(first.Single().Describe()));
        Assert.Equal((1, 0), (second.Single().Stored, second.Single().Left));
        Assert.Empty(await harness.Poller.PollDueAsync(null, CancellationToken.None));
        Assert.Equal(3, (await harness.FeedAsync(feed)).ItemsTaken);
    }

    [Fact]
    public async Task Poll_SamePageInTwoFeeds_SecondIsLinkedToTheStoredArticle()
    {
        await using var harness = await FeedHarness.StartAsync();
        harness.Server.Serve("one.xml", FeedPages.Rss(("x", "/shared.html", "مشترك", "Mon, 06 Nov 2023 10:00:00 GMT")), "text/xml");
        harness.Server.Serve("two.xml", FeedPages.Atom(("urn:x", "/shared.html", "مشترك", "2023-11-06T10:00:00Z")), "application/atom+xml");
        harness.Server.Serve("shared.html", FeedPages.Article("مشترك", "قتل 8 في قصف."));
        var one = await harness.AddFeedAsync("one.xml", "أ");
        var two = await harness.AddFeedAsync("two.xml", "ب");

        await harness.Poller.PollDueAsync(null, CancellationToken.None);

        await using var db = harness.Pipeline.CreateDbContext();
        var items = await db.Set<FeedItem>().OrderBy(i => i.FeedId).ToListAsync();
        Assert.Equal([FeedItemState.Stored, FeedItemState.Duplicate], items.Select(i => i.State));
        Assert.Equal(items[0].ArticleId, items[1].ArticleId);
        Assert.Equal((1, 0), ((await harness.FeedAsync(one)).ItemsTaken, (await harness.FeedAsync(two)).ItemsTaken));
    }

    [Fact]
    public async Task Poll_FeedOf100Items_StoresThemAll_AndReportsTheTime()
    {
        await using var harness = await FeedHarness.StartAsync();
        var first = await ServeHundredItemFeedAsync(harness, "first");
        var second = await ServeHundredItemFeedAsync(harness, "second");

        var cold = Stopwatch.StartNew();
        var firstResult = await harness.Poller.PollAsync(first, CancellationToken.None);
        cold.Stop();
        var warm = Stopwatch.StartNew();
        var secondResult = await harness.Poller.PollAsync(second, CancellationToken.None);
        warm.Stop();

        Assert.Equal((100, 100), (firstResult.Stored, secondResult.Stored));
        output.WriteLine($"MEASURE feed poll, 100 items (feed + 100 pages over HTTP on 127.0.0.1, extract, store; {harness.Options.PageConcurrency} pages at a time): "
            + $"first feed {cold.Elapsed.TotalMilliseconds:N0} ms (cold: JIT, first connection), second feed {warm.Elapsed.TotalMilliseconds:N0} ms ({100 / warm.Elapsed.TotalSeconds:N0} items/s)");
    }

    private static async Task<long> ServeHundredItemFeedAsync(FeedHarness harness, string name)
    {
        harness.Server.Serve($"{name}.xml", FeedPages.Rss(Enumerable.Range(1, 100)
            .Select(i => ($"{name}-{i}", $"/{name}/{i}.html", $"خبر رقم {i}", $"Mon, 06 Nov 2023 {i % 24:00}:00:00 +0200")).ToArray()), "application/rss+xml");
        for (var i = 1; i <= 100; i++)
            harness.Server.Serve($"{name}/{i}.html", FeedPages.Article($"خبر رقم {i} ({name})", $"أعلنت الوزارة استشهاد {i * 7} فلسطينيا في الغارة رقم {i} على قطاع غزة، وإصابة {i * 11} آخرين ({name})."));
        return await harness.AddFeedAsync($"{name}.xml", "وكالة");
    }
}
