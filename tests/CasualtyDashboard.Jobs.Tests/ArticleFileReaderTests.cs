using System.Text;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Options;

namespace CasualtyDashboard.Jobs.Tests;

public sealed class ArticleFileReaderTests
{
    private static readonly ArticleFileReader Reader = new(Microsoft.Extensions.Options.Options.Create(new ImportOptions { MaxFileMegabytes = 1 }));

    private static ParsedInput Read(string name, string content, TextArticleDetails? details = null) =>
        Reader.Read(name, Encoding.UTF8.GetBytes(content), details);

    [Fact]
    public void Read_JsonLinesFile_ReadsArticlesAndNamesTheBadLine()
    {
        var parsed = Read("a.jsonl", "{\"text\":\"قتل 5\",\"outlet\":\"وكالة\"}\n{broken\n{\"text\":\"أصيب 3\"}\n");

        Assert.Equal([1, 3], parsed.Articles.Select(a => a.Line));
        Assert.Equal("وكالة", parsed.Articles[0].Article.Outlet);
        Assert.Equal(2, Assert.Single(parsed.Errors).Line);
    }

    [Fact]
    public void Read_CsvWithQuotedCommasDoubledQuotesAndLineBreaks_KeepsEachFieldWhole()
    {
        var csv = "\uFEFFText,Published,Outlet,URL\r\n" +
                  "\"قتل 5، وأصيب \"\"عشرة\"\", في غزة,\r\nثم ارتفعت الحصيلة\",2024-01-02,وكالة الأنباء,https://example.org/1\r\n" +
                  "نص ثان 7,,,\r\n";

        var parsed = Read("a.csv", csv);

        Assert.Empty(parsed.Errors);
        Assert.Equal([2, 4], parsed.Articles.Select(a => a.Line));
        var first = parsed.Articles[0].Article;
        Assert.Equal("قتل 5، وأصيب \"عشرة\", في غزة,\r\nثم ارتفعت الحصيلة", first.Text);
        Assert.Equal(new DateOnly(2024, 1, 2), first.Published);
        Assert.Equal("وكالة الأنباء", first.Outlet);
        Assert.Equal("https://example.org/1", first.Url);
        Assert.Null(parsed.Articles[1].Article.Outlet);
    }

    [Fact]
    public void Read_CsvBadRecords_NamesTheLineEachStartsOnAndReadsTheRest()
    {
        var csv = "text,published\n" +
                  "\"two\nlines\",2024-01-01\n" +    // lines 2-3, fine
                  "a, b, c\n" +                      // line 4: three fields
                  "say \"hi\",2024-01-01\n" +        // line 5: quote in an unquoted field
                  ",2024-01-01\n" +                  // line 6: empty text
                  "good,1 Jan 2024\n" +              // line 7: bad date
                  "\n" +
                  "last,2024-01-03\n";               // line 9, fine

        var parsed = Read("a.csv", csv);

        Assert.Equal([2, 9], parsed.Articles.Select(a => a.Line));
        Assert.Equal([4, 5, 6, 7], parsed.Errors.Select(e => e.Line));
        MessageAssert.Says(parsed.Errors[0].Error, ImportMessages.CsvFieldCount, "4", "3", "2");
        MessageAssert.Says(parsed.Errors[1].Error, ImportMessages.CsvStrayQuote, "5");
        MessageAssert.Says(parsed.Errors[2].Error, ImportMessages.ColumnEmpty, "text");
        MessageAssert.Says(parsed.Errors[3].Error, ImportMessages.BadDate, "7", "published", "1 Jan 2024");
        Assert.All(parsed.Errors, e => Assert.Equal(ImportMessages.Line, e.Error!.Code));
    }

    [Fact]
    public void Read_CsvQuoteNeverClosed_ReportedOnTheLineItOpened()
    {
        var parsed = Read("a.csv", "text\nok\n\"never closed\nmore\n");

        Assert.Equal([2], parsed.Articles.Select(a => a.Line));
        var error = Assert.Single(parsed.Errors);
        Assert.Equal(3, error.Line);
        MessageAssert.Says(error.Error, ImportMessages.CsvUnclosedQuote, "3");
    }

    [Fact]
    public void Read_CsvWithoutTextColumn_RejectsTheFileAndListsItsColumns()
    {
        var parsed = Read("a.csv", "body,date\nقتل 5,2024-01-01\n");

        Assert.Empty(parsed.Articles);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal(0, error.Line);
        MessageAssert.Says(error.Error, ImportMessages.CsvNoTextColumn, "text", "\"body\", \"date\"");
    }

    [Fact]
    public void Read_CsvWithSemicolons_ReadsThem()
    {
        var parsed = Read("a.csv", "text;outlet\nقتل 5, وأصيب 3;وكالة\n");

        Assert.Equal("قتل 5, وأصيب 3", Assert.Single(parsed.Articles).Article.Text);
    }

    [Fact]
    public void Read_TxtFile_IsOneArticleWithTheCallersDateAndOutlet()
    {
        var parsed = Read("report.txt", "\uFEFFقتل 5 أشخاص.\nوأصيب 3.\n", new TextArticleDetails(new DateOnly(2024, 2, 3), "وكالة"));

        var (line, article) = Assert.Single(parsed.Articles);
        Assert.Equal(1, line);
        Assert.Equal("قتل 5 أشخاص.\nوأصيب 3.\n", article.Text);
        Assert.Equal(new DateOnly(2024, 2, 3), article.Published);
        Assert.Equal("وكالة", article.Outlet);
    }

    [Fact]
    public void Read_Windows1256Bytes_RejectedAsNotUtf8NamingTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"text\":\"ok 1\"}\n{\"text\":\"").Concat(new byte[] { 0xC7, 0xE1, 0x20 }).Concat(Encoding.UTF8.GetBytes("\"}\n")).ToArray();

        var parsed = Reader.Read("a.jsonl", bytes, null);

        Assert.Empty(parsed.Articles);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal(0, error.Line);
        MessageAssert.Says(error.Error, ImportMessages.InvalidByte, "UTF-8", "0xC7", "2");
    }

    [Fact]
    public void Read_Utf16File_Rejected()
    {
        var parsed = Reader.Read("a.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("قتل 5")).ToArray(), null);

        MessageAssert.Says(Assert.Single(parsed.Errors).Error, ImportMessages.Utf16, "UTF-16");
    }

    [Fact]
    public void Read_BinaryFile_Rejected()
    {
        var parsed = Reader.Read("a.csv", [(byte)'P', (byte)'K', 3, 4, 0, 0, 1, 2], null);

        Assert.Empty(parsed.Articles);
        MessageAssert.Says(Assert.Single(parsed.Errors).Error, ImportMessages.BinaryArchive, ImportMessages.File, "CSV");
    }

    [Fact]
    public async Task ReadAsync_StreamAboveTheLimit_RejectedWithTheSetting()
    {
        await using var stream = new NonSeekableStream(new byte[1024 * 1024 + 1]);

        var parsed = await Reader.ReadAsync("big.jsonl", stream, null, null, CancellationToken.None);

        Assert.Empty(parsed.Articles);
        MessageAssert.Says(Assert.Single(parsed.Errors).Error, ImportMessages.LargerThanLimit, "big.jsonl", "1", "Import:MaxFileMegabytes");
    }

    [Fact]
    public void Read_UnknownExtensionAndEmptyFile_Rejected()
    {
        MessageAssert.Says(Assert.Single(Read("a.xlsx", "x").Errors).Error, ImportMessages.UnknownType, "a.xlsx", ".xlsx");
        MessageAssert.Says(Assert.Single(Read("a.jsonl", "\n\n").Errors).Error, ImportMessages.NoArticle, ImportMessages.File);
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
