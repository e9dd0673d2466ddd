using CasualtyDashboard.Reconciliation.Messages;
using System.Diagnostics;
using System.Net;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Jobs.Feeds;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CasualtyDashboard.Jobs.Tests.Feeds;

/// <summary>Feeds that try to reach inside (server-side request forgery) or to hold the poller, over real HTTP.</summary>
public sealed class FeedSafetyTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("0.0.0.0")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::127.0.0.1")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("2002:c0a8:0101::1")]
    public void InternalAddresses_AreRecognised(string address) => Assert.True(InternalAddresses.IsInternal(IPAddress.Parse(address)), address);

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("169.255.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    public void PublicAddresses_AreNotInternal(string address) => Assert.False(InternalAddresses.IsInternal(IPAddress.Parse(address)), address);

    [Fact]
    public async Task Poll_FeedOnLoopbackNotAllowed_IsRefusedWithoutARequest()
    {
        await using var harness = await FeedHarness.StartAsync(allowLoopback: false);
        harness.Server.Serve("rss.xml", FeedPages.Rss(("k", "/p.html", "خبر", "Mon, 06 Nov 2023 10:00:00 GMT")), "text/xml");
        var feed = await harness.AddFeedAsync("rss.xml", "موقع");

        var result = await harness.Poller.PollAsync(feed, CancellationToken.None);

        Assert.False(result.Succeeded);
        MessageAssert.Says(result.Error, FeedMessages.Refused);
        MessageAssert.Says(result.Error, FeedMessages.InternalAddress, "127.0.0.1", "Feeds:AllowedInternalHosts");
        Assert.Equal(0, harness.Server.RequestsTo("rss.xml"));
    }

    [Fact]
    public async Task Poll_ItemLinksAndRedirectsToInternalAddresses_AreRefused_TheAllowedHostIsRead()
    {
        // Only the name "localhost" is allowed; the same server under 127.0.0.1 is an internal address like any other.
        await using var harness = await FeedHarness.StartAsync(new FeedOptions { RequestTimeoutSeconds = 10, AllowedInternalHosts = ["localhost"] }, allowLoopback: false);
        var server = harness.Server;
        var allowed = new UriBuilder(server.BaseAddress) { Host = "localhost" }.Uri;
        server.Serve("rss.xml", FeedPages.Rss(
            ("good", new Uri(allowed, "good.html").AbsoluteUri, "خبر", "Mon, 06 Nov 2023 10:00:00 GMT"),
            ("direct", server.Url("secret.html").AbsoluteUri, "داخلي", "Mon, 06 Nov 2023 11:00:00 GMT"),
            ("redirected", new Uri(allowed, "go.html").AbsoluteUri, "تحويل", "Mon, 06 Nov 2023 12:00:00 GMT")), "text/xml");
        server.Serve("good.html", FeedPages.Article("خبر", "قتل 4 في غارة."));
        server.Serve("secret.html", FeedPages.Article("سر", "internal admin page"));
        server.Serve("secret2.html", FeedPages.Article("سر", "internal admin page 2"));
        server.ServeRedirect("go.html", server.Url("secret2.html"));
        var added = await harness.Catalog.AddAsync(new Uri(allowed, "rss.xml").AbsoluteUri, "موقع", 30);
        Assert.True(added.Succeeded, MessageEnglish.Text(added.Message));

        var result = await harness.Poller.PollAsync(added.FeedId!.Value, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error is { } e ? MessageEnglish.Text(e) : null);
        Assert.Equal((1, 2), (result.Stored, result.Failed));
        Assert.Equal((0, 0, 1), (server.RequestsTo("secret.html"), server.RequestsTo("secret2.html"), server.RequestsTo("go.html")));
        await using var db = harness.Pipeline.CreateDbContext();
        var items = await db.Set<FeedItem>().ToDictionaryAsync(i => i.ItemKey);
        MessageAssert.Says(items["direct"].Error, FeedMessages.InternalAddress, "127.0.0.1");
        MessageAssert.Says(items["redirected"].Error, FeedMessages.InternalAddress, "127.0.0.1");
        Assert.StartsWith("Refused: 127.0.0.1 is an internal address", MessageEnglish.Text(items["direct"].Error));
        Assert.DoesNotContain(await db.Articles.Select(a => a.Text).ToListAsync(), t => t.Contains("internal admin", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text/html", "<html><body><p>api_key=sk-live-SECRET42</p></body></html>")]
    [InlineData("application/json", "{\"api_key\": \"sk-live-SECRET42\"}")]
    [InlineData("text/xml", "<config><api_key SECRET42=\"1\"></config>")]
    [InlineData("text/xml", "<SECRET42-config/>")]
    public async Task Poll_DocumentThatIsNoFeed_IsRefusedWithoutQuotingIt(string type, string document)
    {
        await using var harness = await FeedHarness.StartAsync();
        harness.Server.Serve("doc", document, type);
        var feed = await harness.AddFeedAsync("doc", "موقع");

        var result = await harness.Poller.PollAsync(feed, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.NotNull(result.Error);
        Assert.Contains("feed", MessageEnglish.Text(result.Error));
        Assert.DoesNotContain(result.Error.Values(), v => v.Contains("SECRET42", StringComparison.Ordinal));
        Assert.DoesNotContain("SECRET42", (await harness.FeedAsync(feed)).LastOutcome);
    }

    [Fact]
    public async Task PollDue_ADrippingPage_IsCutAtThePollBudget_TheOtherFeedIsPolledAtOnce_ThePageWaitsWithItsAttempts()
    {
        await using var harness = await FeedHarness.StartAsync(new FeedOptions { RequestTimeoutSeconds = 60, PollBudgetSeconds = 3, PageConcurrency = 1 });
        var server = harness.Server;
        server.Serve("slow.xml", FeedPages.Rss(
            ("drip", "/drip.html", "بطيئة", "Mon, 06 Nov 2023 10:00:00 GMT"),
            ("after", "/after.html", "بعدها", "Mon, 06 Nov 2023 11:00:00 GMT")), "text/xml");
        server.ServeDrip("drip.html", FeedPages.Article("بطيئة", "قتل 2 في غارة."), TimeSpan.FromMilliseconds(200));
        server.Serve("after.html", FeedPages.Article("بعدها", "قتل 3 في غارة."));
        server.Serve("quick.xml", FeedPages.Rss(("quick", "/quick.html", "سريعة", "Mon, 06 Nov 2023 12:00:00 GMT")), "text/xml");
        server.Serve("quick.html", FeedPages.Article("سريعة", "قتل 4 في غارة."));
        var slow = await harness.AddFeedAsync("slow.xml", "بطيء");
        var quick = await harness.AddFeedAsync("quick.xml", "سريع");

        var clock = Stopwatch.StartNew();
        var results = await harness.Poller.PollDueAsync(null, CancellationToken.None);
        clock.Stop();
        output.WriteLine($"both feeds polled in {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{clock.Elapsed.TotalSeconds:0.0} s");
        var slowResult = results.Single(r => r.FeedId == slow);
        Assert.Equal((0, 2), (slowResult.Stored, slowResult.Deferred));
        MessageAssert.Says((await harness.FeedAsync(slow)).LastOutcome, FeedMessages.Deferred, "2", "Feeds:PollBudgetSeconds");
        Assert.Equal(1, results.Single(r => r.FeedId == quick).Stored);
        await using (var db = harness.Pipeline.CreateDbContext())
        {
            var waiting = await db.Set<FeedItem>().Where(i => i.FeedId == slow).ToListAsync();
            Assert.All(waiting, i => Assert.Equal((FeedItemState.Retrying, 0), (i.State, i.Attempts)));
            Assert.All(waiting, i => MessageAssert.Says(i.Error, FeedMessages.BudgetSpent, "3", "Feeds:PollBudgetSeconds"));
        }

        // The page answers at once now: the next poll takes both, though the feed document is unchanged.
        server.Serve("drip.html", FeedPages.Article("بطيئة", "قتل 2 في غارة."));
        var again = await harness.Poller.PollAsync(slow, CancellationToken.None);
        Assert.Equal((2, 0), (again.Stored, again.Deferred));
    }
}
