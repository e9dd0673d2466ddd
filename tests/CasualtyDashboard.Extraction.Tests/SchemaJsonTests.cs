using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;

namespace CasualtyDashboard.Extraction.Tests;

public sealed class SchemaJsonTests
{
    [Fact]
    public void FigureLine_RoundTrips()
    {
        var figure = new CasualtyFigure
        {
            Value = 4237, Category = FigureCategory.Killed, Subgroup = FigureSubgroup.Children, Region = "gaza", Authority = "gaza_moh",
            ReportedOn = new DateOnly(2023, 11, 7), Basis = FigureBasis.Cumulative, Since = new DateOnly(2023, 10, 7), Evidence = "بينهم 4237 طفلا",
            EvidenceStart = 10, EvidenceLength = 15, Rule = "list",
        };

        var line = SchemaJson.WriteFigureLine("a-1", [figure]);
        var read = SchemaJson.ReadFigureLine(line);

        Assert.Equal("a-1", read.Id);
        Assert.Equal(figure, Assert.Single(read.Figures));
        Assert.Contains("\"subgroup\":\"children\"", line, StringComparison.Ordinal);
        Assert.Contains("بينهم 4237 طفلا", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFigureLine_RequiredFalse_IsRead()
    {
        var read = SchemaJson.ReadFigureLine("""{"id":"x","figures":[{"value":20,"qualifier":"vague","category":"injured","subgroup":"all","required":false}]}""");
        Assert.False(Assert.Single(read.Figures).Required);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"figures":[]}""")]
    [InlineData("""{"id":"x","figures":[{"value":1,"category":"dead"}]}""")]
    [InlineData("""{"id":"x","figures":[{"value":1,"category":"killed","reported_on":"7/10/2023"}]}""")]
    public void ReadFigureLine_BadLine_ThrowsFormatException(string line)
    {
        Assert.Throws<FormatException>(() => SchemaJson.ReadFigureLine(line));
    }

    [Fact]
    public void ReadArticle_ReadsFields()
    {
        var article = SchemaJson.ReadArticle("""{"id":"a","outlet":"X","published":"2024-01-02","url":"u","title":"t","language":"ar","text":"نص"}""");
        Assert.Equal(new ArticleInput("نص", new DateOnly(2024, 1, 2), "X", "a", "t"), article.Article);
        Assert.Equal("u", article.Url);
    }

    [Fact]
    public void ReadArticle_MissingText_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => SchemaJson.ReadArticle("""{"id":"a"}"""));
    }
}
