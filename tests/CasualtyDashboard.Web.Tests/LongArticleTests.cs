using System.Diagnostics;
using System.Text;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Web.Services.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CasualtyDashboard.Web.Tests;

/// <summary>A 1,000,000-character article dense with casualty phrases: highlighted in one pass, shown one part at a time.</summary>
public sealed class LongArticleTests(ITestOutputHelper output)
{
    private const string Phrase = "قتل 12 شخصا وأصيب 30 آخرون في غارة. ";

    /// <summary>The text and, for every number in it, a span as the extractor would store it.</summary>
    private static (string Text, List<HighlightSpan> Spans) Dense(int characters)
    {
        var text = new StringBuilder(characters + Phrase.Length);
        var spans = new List<HighlightSpan>();
        var id = 1L;
        while (text.Length < characters)
        {
            if (text.Length % 5_000 < Phrase.Length) text.Append('\n');
            var at = text.Length;
            text.Append(Phrase);
            spans.Add(new HighlightSpan(id++, at, "قتل 12 شخصا".Length, FigureCategory.Killed, "قتل 12 شخصا"));
            var injured = at + Phrase.IndexOf("أصيب", StringComparison.Ordinal);
            spans.Add(new HighlightSpan(id++, injured, "أصيب 30".Length, FigureCategory.Injured, "أصيب 30"));
        }
        return (text.ToString(), spans);
    }

    [Fact]
    public void Split_AMillionCharactersWith50000Spans_IsFast_AndThePartsHoldTheWholeTextAndEveryFigureOnce()
    {
        var (text, spans) = Dense(1_000_000);
        var clock = Stopwatch.StartNew();

        var highlighted = ArticleHighlighter.Split(text, spans);
        var parts = ArticleTextParts.Split(highlighted);

        clock.Stop();
        output.WriteLine($"{spans.Count:N0} spans, {parts.Count} parts, {clock.ElapsedMilliseconds} ms");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{clock.ElapsedMilliseconds} ms (quadratic work took minutes)");
        Assert.Empty(highlighted.Unplaced);
        Assert.Equal(text, string.Concat(parts.SelectMany(p => p.Segments).Select(s => s.Text)));
        Assert.All(parts, p => Assert.InRange(p.Length, 1, ArticleTextParts.DefaultMaxCharacters));
        Assert.Equal(Enumerable.Range(0, parts.Count), parts.Select(p => p.Index));
        Assert.Equal(parts.Select(p => p.Start), parts.Select((p, i) => parts.Take(i).Sum(q => q.Length)));
        var starts = parts.SelectMany(p => p.Segments).Where(s => s.StartsFigure is not null).Select(s => s.StartsFigure!.Value).ToList();
        Assert.Equal(spans.Select(s => s.FigureId).Order(), starts.Order());
    }

    [Fact]
    public void Split_OneWordLongerThanAPart_IsCutWithoutSplittingASurrogatePair()
    {
        var word = string.Concat(Enumerable.Repeat("😀", 150));
        var parts = ArticleTextParts.Split(ArticleHighlighter.Split(word, []), 101);

        Assert.Equal(word, string.Concat(parts.SelectMany(p => p.Segments).Select(s => s.Text)));
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p.Segments[^1].Text[^1])));
    }

    [Fact]
    public async Task ArticlePage_AMillionCharactersWith2000Figures_IsServedAsOnePartOfTheText()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();
        var (dense, spans) = Dense(1_000_000);
        var text = "BEGINMARK " + dense + " ENDMARK";
        spans = spans.ConvertAll(s => s with { Start = s.Start + "BEGINMARK ".Length });
        long articleId;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync())
        {
            var article = new Article { Text = text, ContentHash = "long", CreatedAt = DateTime.UtcNow, State = ArticleState.Extracted, Title = "طويل" };
            db.Add(article);
            foreach (var span in spans.Take(2_000))
            {
                db.Add(new Figure
                {
                    Article = article, Value = span.Category == FigureCategory.Killed ? 12 : 30, Category = span.Category, Subgroup = FigureSubgroup.All,
                    Region = "gaza", Authority = "gaza_moh", Basis = FigureBasis.Cumulative, Evidence = span.Evidence, EvidenceStart = span.Start,
                    EvidenceLength = span.Length, Rule = "r", ExtractorVersion = "1", CreatedAt = DateTime.UtcNow,
                });
            }
            await db.SaveChangesAsync();
            articleId = article.Id;
        }

        var clock = Stopwatch.StartNew();
        var html = await client.GetStringAsync($"/articles/{articleId}");
        clock.Stop();

        output.WriteLine($"article page: {html.Length / 1024.0:N0} KB of HTML in {clock.ElapsedMilliseconds} ms");
        Assert.Contains("data-testid=\"article-parts\"", html);
        var shown = html[html.IndexOf("data-testid=\"article-text\"", StringComparison.Ordinal)..];
        Assert.True(shown.Length < 2_000_000, $"{shown.Length:N0} characters from the text on");
        Assert.True(html.Length < 4_000_000, $"{html.Length:N0} characters of HTML");
        Assert.Contains("BEGINMARK", html);
        Assert.DoesNotContain("ENDMARK", html);
    }
}
