using System.Data.Common;
using System.Text.Json.Nodes;
using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Audit;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Jobs.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Data.Tests;

/// <summary>The audit log of reviews, corrections and notes: one entry per write naming the actor, before and after, in the write's transaction.</summary>
public sealed class AuditTrailTests : IDisposable
{
    private readonly ReviewTestData _data = new();

    public void Dispose() => _data.Dispose();

    private async Task<List<AuditEntry>> EntriesAsync()
    {
        await using var db = _data.Database.CreateContext();
        return await db.Set<AuditEntry>().OrderBy(e => e.Id).ToListAsync();
    }

    private static JsonObject Json(string? text) => (JsonObject)JsonNode.Parse(text!)!;

    [Fact]
    public async Task Review_RecordsOneEntry_WithActorTimeAndDecisionBeforeAndAfter()
    {
        var figure = (await _data.SeedAsync(5))[0];
        var clock = new ManualClock(new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.Zero));
        var reviews = new FigureReviewService(_data.Factory, _data.Analyst, clock);

        await reviews.RejectAsync(figure.Id, "quoted to deny it");

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal(("test-analyst", AuditActions.FigureReview, AuditEntities.Figure, figure.Id.ToString()), (entry.Actor, entry.Action, entry.EntityType, entry.EntityKey));
        Assert.Equal(new DateTime(2024, 5, 1, 9, 0, 0, DateTimeKind.Utc), entry.At);
        Assert.Equal("unreviewed", (string?)Json(entry.Before)["decision"]);
        Assert.Equal("rejected", (string?)Json(entry.After)["decision"]);
        Assert.Equal("quoted to deny it", (string?)Json(entry.After)["reason"]);

        clock.Advance(TimeSpan.FromMinutes(1));
        await reviews.AcceptAsync(figure.Id);
        var second = (await EntriesAsync())[1];
        Assert.Equal("rejected", (string?)Json(second.Before)["decision"]);
        Assert.Equal("accepted", (string?)Json(second.After)["decision"]);
        Assert.Null(Json(second.After)["reason"]);
    }

    [Fact]
    public async Task Correction_RecordsOnlyTheChangedFields()
    {
        var figure = (await _data.SeedAsync(5))[0];
        var reviews = new FigureReviewService(_data.Factory, _data.Analyst, TimeProvider.System);
        var fields = new FigureFields(figure.Value + 10, figure.Qualifier, figure.Category, figure.Subgroup, figure.Region, figure.Area,
            figure.Authority, figure.ReportedOn, figure.Basis, figure.Since);

        await reviews.CorrectAsync(figure.Id, fields, "the bulletin says so");

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal((AuditActions.FigureCorrect, "test-analyst"), (entry.Action, entry.Actor));
        var before = Json(entry.Before);
        var after = Json(entry.After);
        Assert.Equal(figure.Value, (long)before["value"]!);
        Assert.Equal(figure.Value + 10, (long)after["value"]!);
        Assert.Equal("unreviewed", (string?)before["state"]);
        Assert.Equal("corrected", (string?)after["state"]);
        Assert.Equal("the bulletin says so", (string?)after["note"]);
        Assert.False(after.ContainsKey("authority"), entry.After);
        Assert.False(before.ContainsKey("category"), entry.Before);

        // A second correction starts from the first one, not from the extracted figure.
        await reviews.CorrectAsync(figure.Id, fields with { Value = figure.Value + 20 }, null);
        var next = (await EntriesAsync())[1];
        Assert.Equal(figure.Value + 10, (long)Json(next.Before)["value"]!);
        Assert.Equal(figure.Value + 20, (long)Json(next.After)["value"]!);
    }

    [Fact]
    public async Task Notes_AddEditDelete_EachRecordedWithTheirText()
    {
        var figure = (await _data.SeedAsync(5))[0];
        var notes = new AnnotationService(_data.Factory, _data.Analyst, TimeProvider.System);

        var id = await notes.AddToFigureAsync(figure.Id, "first text", ["a"]);
        await notes.EditAsync(id, "second text", ["a"]);
        await notes.DeleteAsync(id);

        var entries = await EntriesAsync();
        Assert.Equal([AuditActions.NoteAdd, AuditActions.NoteEdit, AuditActions.NoteDelete], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal((AuditEntities.Note, id.ToString(), "test-analyst"), (e.EntityType, e.EntityKey, e.Actor)));
        Assert.Null(entries[0].Before);
        Assert.Equal("first text", (string?)Json(entries[0].After)["text"]);
        Assert.Equal("first text", (string?)Json(entries[1].Before)["text"]);
        Assert.Equal("second text", (string?)Json(entries[1].After)["text"]);
        Assert.False(Json(entries[1].After).ContainsKey("tags"), "unchanged tags are left out");
        Assert.Equal(true, (bool?)Json(entries[2].After)["deleted"]);
    }

    [Fact]
    public async Task FailingWrite_LeavesNoEntry()
    {
        var figure = (await _data.SeedAsync(5))[0];
        var failing = new FailingFactory(_data.Database, "FigureStatus");
        var reviews = new FigureReviewService(failing, _data.Analyst, TimeProvider.System);

        await Assert.ThrowsAnyAsync<Exception>(() => reviews.AcceptAsync(figure.Id));

        Assert.Empty(await EntriesAsync());
        await using var db = _data.Database.CreateContext();
        Assert.Equal(0, await db.Set<FigureReview>().CountAsync());
    }

    [Fact]
    public async Task Queries_FilterByActorActionEntityAndDays_NewestFirst_Paged()
    {
        var figures = await _data.SeedAsync(10);
        var clock = new ManualClock(new DateTimeOffset(2024, 5, 1, 23, 30, 0, TimeSpan.Zero));
        var alice = new FigureReviewService(_data.Factory, Named("alice@example.org"), clock);
        var bob = new FigureReviewService(_data.Factory, Named("key:nightly"), clock);
        await alice.AcceptAsync(figures[0].Id);
        clock.Advance(TimeSpan.FromHours(1)); // 2024-05-02 00:30
        await bob.AcceptAsync(figures[1].Id);
        await alice.RejectAsync(figures[2].Id, "no");
        clock.Advance(TimeSpan.FromDays(1));
        await alice.AcceptAsync(figures[3].Id);

        var queries = new AuditQueries(_data.Factory);
        var all = await queries.ListAsync(new AuditFilter(), 0, 10);
        Assert.Equal(4, all.Total);
        Assert.Equal([figures[3].Id, figures[2].Id, figures[1].Id, figures[0].Id], all.Rows.Select(r => long.Parse(r.EntityKey!)));

        Assert.Equal(3, (await queries.ListAsync(new AuditFilter(Actor: "alice@example.org"), 0, 10)).Total);
        Assert.Equal(2, (await queries.ListAsync(new AuditFilter(From: new DateOnly(2024, 5, 2), To: new DateOnly(2024, 5, 2)), 0, 10)).Total);
        Assert.Equal(1, (await queries.ListAsync(new AuditFilter(Actor: "alice@example.org", From: new DateOnly(2024, 5, 2), To: new DateOnly(2024, 5, 2)), 0, 10)).Total);
        Assert.Equal(0, (await queries.ListAsync(new AuditFilter(Action: AuditActions.FeedAdd), 0, 10)).Total);
        Assert.Equal(1, (await queries.ListAsync(new AuditFilter(EntityType: AuditEntities.Figure, EntityKey: figures[1].Id.ToString()), 0, 10)).Total);

        var page2 = await queries.ListAsync(new AuditFilter(), 2, 2);
        Assert.Equal((4, 2), (page2.Total, page2.Rows.Count));
        Assert.Equal(figures[1].Id, long.Parse(page2.Rows[0].EntityKey!));

        var streamed = new List<AuditRow>();
        await foreach (var row in queries.StreamAsync(new AuditFilter(Actor: "alice@example.org"))) streamed.Add(row);
        Assert.Equal(3, streamed.Count);
        Assert.Equal(["alice@example.org", "key:nightly"], await queries.ActorsAsync());
    }

    private static CurrentAnalyst Named(string name) => CurrentAnalyst.Named(name);

    /// <summary>Contexts whose commands touching <paramref name="table"/> fail, as a database refusing the write would.</summary>
    private sealed class FailingFactory(TestDatabase database, string table) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() =>
            new((DbContextOptions<DashboardDbContext>)DependencyInjection.ConfigureSqlite(new DbContextOptionsBuilder<DashboardDbContext>(), database.ConnectionString)
                .AddInterceptors(new Failing(table)).Options);
    }

    private sealed class Failing(string table) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default) =>
            Writes(command) ? throw new InvalidOperationException("disk full") : base.ReaderExecutingAsync(command, eventData, result, ct);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken ct = default) =>
            Writes(command) ? throw new InvalidOperationException("disk full") : base.NonQueryExecutingAsync(command, eventData, result, ct);

        private bool Writes(DbCommand command) =>
            command.CommandText.Contains($"INSERT INTO \"{table}", StringComparison.Ordinal) || command.CommandText.Contains($"UPDATE \"{table}", StringComparison.Ordinal);
    }
}
