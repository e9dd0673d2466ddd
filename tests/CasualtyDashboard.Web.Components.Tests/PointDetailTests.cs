using CasualtyDashboard.Web.Services;
using Bunit;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Web.Components.Dashboard;
using CasualtyDashboard.Web.Services.Dashboard;

namespace CasualtyDashboard.Web.Components.Tests;

/// <summary>A chart point's claims: the whole sentence with the evidence marked, and the way to the article at that figure.</summary>
public sealed class PointDetailTests : ComponentTest
{
    private const string Article = "قالت وزارة الصحة في غزة. الحصيلة ارتفعت إلى 10238 شهيدا منذ السابع من أكتوبر. وأضافت أن الآلاف مفقودون.";

    private static ClaimView News(long id, long article, string evidence) =>
        new(id, 10238, "exact", "gaza_moh", false, "Al Jazeera", article, "https://example.org/a", new DateOnly(2023, 11, 7), evidence, "current", true);

    [Fact]
    public void NewsClaim_ShowsItsWholeSentence_EvidenceMarked_AndLinksToTheArticleAtTheFigure()
    {
        var start = Article.IndexOf("ارتفعت", StringComparison.Ordinal);
        var sentence = EvidenceSentence.Around(Article, start, "ارتفعت إلى 10238 شهيدا".Length)!;
        var claim = News(34, 12, "ارتفعت إلى 10238 شهيدا");

        var cards = Render<ClaimEvidence>(p => p
            .Add(c => c.Claims, [claim])
            .Add(c => c.Sentences, new Dictionary<long, EvidenceSentence> { [34] = sentence }));

        var shown = cards.Find("[data-testid=claim-sentence]");
        Assert.Equal("الحصيلة ارتفعت إلى 10238 شهيدا منذ السابع من أكتوبر.", shown.TextContent);
        Assert.Equal("ارتفعت إلى 10238 شهيدا", shown.QuerySelector("mark")!.TextContent);
        Assert.Equal("rtl", shown.GetAttribute("dir"));
        Assert.Equal("articles/12?figure=34", cards.Find("[data-testid=open-article]").GetAttribute("href"));
        Assert.Contains("10,238", cards.Find(".claim-value").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceClaim_LinksToItsSource_NotToAnArticle()
    {
        var reference = new ClaimView(-5, 10238, "exact", "gaza_moh", true, null, null, "https://example.org/series", new DateOnly(2023, 11, 7), "killed_cum", "current", true);
        var gone = News(35, 12, "ارتفعت") with { Stored = false };

        var cards = Render<ClaimEvidence>(p => p.Add(c => c.Claims, [reference, gone]));

        Assert.Empty(cards.FindAll("[data-testid=open-article]"));
        Assert.Contains(cards.FindAll("a"), a => a.GetAttribute("href") == "https://example.org/series");
        Assert.Single(cards.FindAll(".claim-missing"));
        Assert.Null(ClaimEvidence.ArticleLink(reference));
    }
}
