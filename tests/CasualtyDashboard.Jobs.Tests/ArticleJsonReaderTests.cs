using CasualtyDashboard.Jobs.Ingestion;

namespace CasualtyDashboard.Jobs.Tests;

public sealed class ArticleJsonReaderTests
{
    [Fact]
    public void Read_JsonLinesWithBadLines_ReadsTheGoodOnesAndNamesTheBadLines()
    {
        var input = "{\"text\":\"أ\",\"published\":\"2024-11-01\"}\nnot json\n\n{\"published\":\"2024-11-01\"}\n{\"text\":\"ب\",\"published\":\"1 Nov\"}\n{\"text\":\"ج\"}";

        var parsed = ArticleJsonReader.Read(input);

        Assert.Equal([1, 6], parsed.Articles.Select(a => a.Line));
        Assert.Equal(new DateOnly(2024, 11, 1), parsed.Articles[0].Article.Published);
        Assert.Equal([2, 4, 5], parsed.Errors.Select(e => e.Line));
        MessageAssert.Says(parsed.Errors[0].Error, ImportMessages.InvalidJson, "2", "JSON");
        MessageAssert.Says(parsed.Errors[1].Error, ImportMessages.FieldMissing, "4", "text");
        MessageAssert.Says(parsed.Errors[2].Error, ImportMessages.BadDate, "5", "published", "1 Nov");
    }

    [Fact]
    public void Read_JsonArray_NumbersItemsFromOne()
    {
        var parsed = ArticleJsonReader.Read("[{\"text\":\"أ\",\"outlet\":\"x\"}, 5, {\"text\":\"ب\"}]");

        Assert.Equal([1, 3], parsed.Articles.Select(a => a.Line));
        Assert.Equal("x", parsed.Articles[0].Article.Outlet);
        Assert.Equal(2, Assert.Single(parsed.Errors).Line);
    }
}
