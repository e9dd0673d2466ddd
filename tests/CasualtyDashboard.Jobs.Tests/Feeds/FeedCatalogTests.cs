using System.ComponentModel.DataAnnotations;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Jobs.Feeds;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Tests.Feeds;

public sealed class FeedCatalogTests
{
    [Theory]
    [InlineData("", FeedMessages.AddressMissing, null)]
    [InlineData("news.example/rss", FeedMessages.NotAbsolute, null)]
    [InlineData("ftp://news.example/rss.xml", FeedMessages.Scheme, "ftp")]
    [InlineData("javascript:alert(1)", FeedMessages.Scheme, "javascript")]
    [InlineData("file:///etc/passwd", FeedMessages.Scheme, "file")]
    [InlineData("https://user:secret@news.example/rss", FeedMessages.Credentials, null)]
    public async Task Add_AddressThatIsNotHttp_IsRefusedWithTheReason(string url, string reason, string? named)
    {
        await using var harness = await FeedHarness.StartAsync();

        var result = await harness.Catalog.AddAsync(url, "موقع", 30);

        Assert.False(result.Succeeded);
        MessageAssert.Says(result.Message, reason, named is null ? [] : [named]);
        await using var db = harness.Pipeline.CreateDbContext();
        Assert.Equal(0, await db.Set<Feed>().CountAsync());
    }

    [Fact]
    public async Task Add_SameAddressTwice_IsRefused_AndMissingOutletToo()
    {
        await using var harness = await FeedHarness.StartAsync();
        await harness.Catalog.AddAsync("https://news.example/rss", "الجزيرة", 30);

        var twice = await harness.Catalog.AddAsync("https://news.example/rss", "أخرى", 30);
        var noOutlet = await harness.Catalog.AddAsync("https://news.example/other", " ", 30);

        MessageAssert.Says(twice.Message, FeedMessages.Listed, "الجزيرة");
        MessageAssert.Says(noOutlet.Message, FeedMessages.OutletMissing, "200");
        Assert.Equal("This feed is listed already (outlet الجزيرة).", MessageEnglish.Text(twice.Message));
    }

    [Fact]
    public async Task SyncSettings_AddsNewFeeds_UpdatesKnownOnes_AndKeepsAnAnalystsDisable()
    {
        await using var harness = await FeedHarness.StartAsync();
        var added = await harness.Catalog.AddAsync("https://a.example/rss", "قديم", 30);
        await harness.Catalog.SetEnabledAsync(added.FeedId!.Value, false);

        await harness.Catalog.SyncSettingsAsync([
            new FeedSourceOptions { Url = "https://a.example/rss", Outlet = "وكالة أ", IntervalMinutes = 10 },
            new FeedSourceOptions { Url = "https://b.example/atom", Outlet = "وكالة ب" },
        ]);

        await using var db = harness.Pipeline.CreateDbContext();
        var feeds = await db.Set<Feed>().OrderBy(f => f.Url).ToListAsync();
        Assert.Equal(
            [("https://a.example/rss", "وكالة أ", 10, false, FeedSource.Settings), ("https://b.example/atom", "وكالة ب", 30, true, FeedSource.Settings)],
            feeds.Select(f => (f.Url, f.OutletName, f.PollIntervalMinutes, f.Enabled, f.Source)));
    }

    [Fact]
    public async Task Delete_SettingsFeedIsRefused_PageFeedIsDeletedAndItsArticlesStay()
    {
        await using var harness = await FeedHarness.StartAsync();
        var feed = await AddOneItemFeedAsync(harness);
        await harness.Poller.PollAsync(feed, CancellationToken.None);
        await harness.Catalog.SyncSettingsAsync([new FeedSourceOptions { Url = "https://s.example/rss", Outlet = "إعدادات" }]);
        long settingsFeed;
        await using (var db = harness.Pipeline.CreateDbContext())
            settingsFeed = await db.Set<Feed>().Where(f => f.Source == FeedSource.Settings).Select(f => f.Id).SingleAsync();

        var refused = await harness.Catalog.DeleteAsync(settingsFeed);
        var deleted = await harness.Catalog.DeleteAsync(feed);

        Assert.False(refused.Succeeded);
        MessageAssert.Says(refused.Message, FeedMessages.FromSettings, "Feeds:Sources");
        Assert.True(deleted.Succeeded);
        await using var check = harness.Pipeline.CreateDbContext();
        Assert.Equal(1, await check.Set<Feed>().CountAsync());
        Assert.Equal(0, await check.Set<FeedItem>().CountAsync());
        Assert.Equal(1, await check.Articles.CountAsync());
    }

    [Fact]
    public async Task PollNow_SchedulingOff_PollsAtOnceAndSaysWhatItDid_DisabledFeedIsRefused()
    {
        await using var harness = await FeedHarness.StartAsync();
        var feed = await AddOneItemFeedAsync(harness);

        var polled = await harness.Catalog.PollNowAsync(feed);
        await harness.Catalog.SetEnabledAsync(feed, false);
        var refused = await harness.Catalog.PollNowAsync(feed);

        Assert.True(polled.Succeeded);
        MessageAssert.Says(polled.Message, FeedMessages.Fetched, "1", "1", "0", "0");
        Assert.Equal(["1", "1", "0", "0"], polled.Message.Values());
        Assert.False(refused.Succeeded);
        MessageAssert.Says(refused.Message, FeedMessages.IsDisabled);
    }

    [Fact]
    public void Options_SettingsFeedWithBadAddressOrNoOutlet_FailValidationNamingTheKey()
    {
        var options = new FeedOptions
        {
            Sources = [new FeedSourceOptions { Url = "ftp://x/rss", Outlet = "أ" }, new FeedSourceOptions { Url = "https://x/rss", Outlet = "" }],
        };

        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true);

        Assert.Equal(
            ["Feeds:Sources:0:Url: Only http and https feeds are read, not ftp.", "Feeds:Sources:1:Outlet: give the outlet's name (1 to 200 characters)."],
            errors.Select(e => e.ErrorMessage));
    }

    /// <summary>A feed of one item whose page is a good article.</summary>
    private static Task<long> AddOneItemFeedAsync(FeedHarness harness)
    {
        harness.Server.Serve("feed.xml", FeedPages.Rss(("k", "/p.html", "خبر", "Mon, 06 Nov 2023 10:00:00 GMT")), "text/xml");
        harness.Server.Serve("p.html", FeedPages.Article("خبر", "قتل 3 في قصف."));
        return harness.AddFeedAsync("feed.xml", "موقع");
    }
}
