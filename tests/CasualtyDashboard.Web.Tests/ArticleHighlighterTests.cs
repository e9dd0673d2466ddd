using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Web.Services.Articles;

namespace CasualtyDashboard.Web.Tests;

public sealed class ArticleHighlighterTests
{
    private const string Text = "ارتفعت الحصيلة إلى 10022 شهيدا بينهم 4104 أطفال.";

    private static HighlightSpan Span(long id, string evidence, FigureCategory category = FigureCategory.Killed) =>
        new(id, Text.IndexOf(evidence, StringComparison.Ordinal), evidence.Length, category, evidence);

    [Fact]
    public void Split_OneSpan_MarksExactlyTheEvidenceAndKeepsTheRestAsText()
    {
        var result = ArticleHighlighter.Split(Text, [Span(1, "10022 شهيدا")]);

        Assert.Equal(Text, string.Concat(result.Segments.Select(s => s.Text)));
        var marked = Assert.Single(result.Segments, s => s.FigureIds.Count > 0);
        Assert.Equal("10022 شهيدا", marked.Text);
        Assert.Equal(1, marked.StartsFigure);
        Assert.Equal(FigureCategory.Killed, marked.Category);
    }

    [Fact]
    public void Split_OverlappingSpans_SplitsAtEveryEdgeAndListsBothFiguresWhereTheyOverlap()
    {
        var result = ArticleHighlighter.Split(Text, [Span(1, "10022 شهيدا بينهم 4104"), Span(2, "4104 أطفال", FigureCategory.Injured)]);

        Assert.Equal(Text, string.Concat(result.Segments.Select(s => s.Text)));
        var both = Assert.Single(result.Segments, s => s.FigureIds.Count == 2);
        Assert.Equal("4104", both.Text);
        Assert.Null(both.Category);
        Assert.Equal(2, both.StartsFigure);
        Assert.Equal(" أطفال", result.Segments.Single(s => s.FigureIds.SequenceEqual([2L])).Text);
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(40, 100)]
    [InlineData(0, 0)]
    public void Split_SpanOutsideTheText_IsReportedUnplacedAndNothingIsMarked(int start, int length)
    {
        var result = ArticleHighlighter.Split(Text, [new HighlightSpan(9, start, length, FigureCategory.Killed, "x")]);

        Assert.Equal([9L], result.Unplaced);
        Assert.Equal(Text, Assert.Single(result.Segments).Text);
    }

    [Fact]
    public void Split_SpanWhoseTextDiffersFromTheEvidence_IsReportedUnplaced()
    {
        var wrong = new HighlightSpan(3, 0, 6, FigureCategory.Killed, "<b>x</b>");

        var result = ArticleHighlighter.Split(Text, [wrong]);

        Assert.Equal([3L], result.Unplaced);
    }
}
