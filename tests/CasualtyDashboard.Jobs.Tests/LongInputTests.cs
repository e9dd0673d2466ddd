using CasualtyDashboard.Reconciliation.Messages;
using System.Text;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Jobs.Extraction;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Options;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CasualtyDashboard.Jobs.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasuredCollection
{
    /// <summary>Tests that measure allocations run alone, so other tests' allocations do not count.</summary>
    public const string Name = "memory measured";
}

/// <summary>Inputs far larger than any real article: capped, streamed, refused with the reason.</summary>
[Collection(MemoryMeasuredCollection.Name)]
public sealed class LongInputTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Extract_ArticleGivingMoreFiguresThanTheCap_StoresTheFirstOnes_WithANoteSayingHowManyWereFound()
    {
        using var pipeline = new PipelineHarness(new JobsOptions { Extract = new ExtractJobOptions { MaxFiguresPerArticle = 50 } });
        var text = string.Join(" ", Enumerable.Range(1, 300).Select(i => $"قتل {i} شخصا."));
        await pipeline.IngestAsync(new IncomingArticle(text, null, null, null, null), new IncomingArticle("قتل 7 أشخاص.", null, null, null, null));

        await pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);

        await using var db = pipeline.CreateDbContext();
        var articles = await db.Articles.Include(a => a.Figures).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(ArticleState.Extracted, articles[0].State);
        Assert.Equal(50, articles[0].Figures.Count);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), articles[0].Figures.Select(f => f.Value).Order());
        Assert.Equal(ArticleExtractionService.CappedNote(300, 50), articles[0].LastError);
        Assert.Equal(["300", "50", "Jobs:Extract:MaxFiguresPerArticle"], Message.FromStored(articles[0].LastError).Values());
        Assert.Equal((1, (string?)null), (articles[1].Figures.Count, articles[1].LastError));
    }

    [Fact]
    public async Task Upload_100MegabytesOnOneLine_IsRefusedAsOneOverlongLine_WithoutHoldingIt()
    {
        var reader = new ArticleFileReader(Microsoft.Extensions.Options.Options.Create(new ImportOptions { MaxFileMegabytes = 200 }));
        var content = new GeneratedStream(Encoding.UTF8.GetBytes("{\"text\":\""), Encoding.UTF8.GetBytes("قتل 5 "), 100L * 1024 * 1024,
            Encoding.UTF8.GetBytes("\"}\n{\"text\":\"أصيب 3\"}\n"));
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var parsed = await reader.ReadAsync("big.jsonl", content, null, null, CancellationToken.None);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        output.WriteLine($"{content.Position / 1048576.0:N0} MB read, {allocated / 1048576.0:N1} MB allocated");
        Assert.True(content.Position > 100L * 1024 * 1024);
        Assert.True(allocated < 48L * 1024 * 1024, $"{allocated / 1048576.0:N1} MB allocated");
        var error = Assert.Single(parsed.Errors);
        Assert.Equal(1, error.Line);
        MessageAssert.Says(error.Error, ImportMessages.LineTooLong, "1", "8", "Import:MaxLineMegabytes");
        Assert.Equal([2], parsed.Articles.Select(a => a.Line));
    }

    [Fact]
    public async Task Upload_JsonLinesReadAsAStream_GivesWhatTheWholeFileGives_AndNamesTheBadLines()
    {
        var reader = new ArticleFileReader(Microsoft.Extensions.Options.Options.Create(new ImportOptions { MaxFileMegabytes = 10, MaxLineMegabytes = 1 }));
        var lines = Enumerable.Range(1, 3000).Select(i => i switch
        {
            1000 => "{broken",
            2000 => $"{{\"text\":\"{new string('ح', 700_000)}\"}}",
            _ => $"{{\"text\":\"قتل {i} شخصا في غارة على حي {new string('ب', i % 300)}\",\"id\":\"a{i}\"}}",
        }).ToList();
        var bytes = Encoding.UTF8.GetBytes(string.Join("\r\n", lines));

        var streamed = await reader.ReadAsync("a.jsonl", new TrickleStream(bytes), null, null, CancellationToken.None);

        Assert.Equal(2998, streamed.Articles.Count);
        Assert.Equal([1000, 2000], streamed.Errors.Select(e => e.Line));
        MessageAssert.Says(streamed.Errors[1].Error, ImportMessages.LineTooLong, "2000", "1");
        var whole = ArticleFileReader.Read(Encoding.UTF8.GetBytes(string.Join("\r\n", lines.Where((_, i) => i != 1999))), ArticleFileFormat.Json, null);
        Assert.Equal(whole.Articles.Select(a => a.Article), streamed.Articles.Select(a => a.Article));
    }

    [Fact]
    public async Task Upload_InvalidUtf8OnALaterLine_RejectsTheWholeFile_NamingThatLine()
    {
        var reader = new ArticleFileReader(Microsoft.Extensions.Options.Options.Create(new ImportOptions()));
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\"text\":\"قتل 5\"}\n{\"text\":\"أصيب 3\"}\n{\"text\":\""), 0xC7, 0xE1, .. Encoding.UTF8.GetBytes("\"}\n")];

        var parsed = await reader.ReadAsync("a.jsonl", new MemoryStream(bytes), null, null, CancellationToken.None);

        Assert.Empty(parsed.Articles);
        MessageAssert.Says(Assert.Single(parsed.Errors).Error, ImportMessages.InvalidByte, "0xC7", "3");
    }

    /// <summary>A read-only stream of a prefix, a repeated unit up to a length, and a suffix, made as it is read.</summary>
    private sealed class GeneratedStream(byte[] prefix, byte[] unit, long repeatedLength, byte[] suffix) : Stream
    {
        private long _position;
        private readonly long _length = prefix.Length + repeatedLength + suffix.Length;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = 0;
            while (n < count && _position < _length)
            {
                var p = _position;
                buffer[offset + n] = p < prefix.Length ? prefix[p]
                    : p < prefix.Length + repeatedLength ? unit[(p - prefix.Length) % unit.Length]
                    : suffix[p - prefix.Length - repeatedLength];
                _position++;
                n++;
            }
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Hands out odd-sized pieces, so lines and UTF-8 characters straddle reads.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 4_093));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 4_093)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 4_093)], cancellationToken);
    }
}
