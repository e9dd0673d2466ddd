using System.Data.Common;
using System.Runtime.CompilerServices;
using CasualtyDashboard.Data.Configurations;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Annotation = CasualtyDashboard.Data.Entities.Annotation;
using Microsoft.EntityFrameworkCore.Storage;

namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// Every figure matching a filter, in id order, as an async stream for the exports: read in chunks by id (keyset), each
/// chunk ONE query (the figure, its article and outlet, its status, review and correction in force, joined) with its own
/// short-lived context, so memory stays flat whatever the size and no read holds the database long. The conflict flags
/// and the figures' notes are read once, before the first chunk (both are small: the last reconciliation's flags, the
/// analysts' notes), instead of a query per chunk (decision 047).
/// </summary>
public sealed class FigureExportQuery(IDbContextFactory<DashboardDbContext> factory, IFigureFlagSource flags)
{
    public const int ChunkSize = 1000;

    public async IAsyncEnumerable<FigureRow> StreamAsync(FigureFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var flagsOf = await flags.AllAsync(ct);
        var notesOf = await NotesAsync(ct);
        long after = 0;
        while (true)
        {
            List<FigureRow> rows;
            await using (var db = await factory.CreateDbContextAsync(ct))
                rows = await ChunkAsync(db, filter, after, ct);
            if (rows.Count == 0) yield break;
            after = rows[^1].Id;
            foreach (var row in rows)
            {
                var notes = notesOf.GetValueOrDefault(row.Id);
                var rowFlags = flagsOf.GetValueOrDefault(row.Id);
                yield return notes is null && rowFlags is null ? row : row with { Notes = notes ?? [], ConflictFlags = rowFlags ?? [] };
            }
            if (rows.Count < ChunkSize) yield break;
        }
    }

    /// <summary>
    /// The next <see cref="ChunkSize"/> figures after <paramref name="after"/>, each with everything its row shows but the
    /// notes and flags, read from one query (left joins on the status table's latest review and correction ids, primary
    /// keys) through a typed forward-only reader on the context's own connection: EF translates the filter and the joins
    /// for every provider (<see cref="ChunkColumns"/>), and <see cref="Read"/> builds each row from the reader's typed
    /// getters, in place of EF's materialiser and its value conversions (decision 058).
    /// </summary>
    private static async Task<List<FigureRow>> ChunkAsync(DashboardDbContext db, FigureFilter filter, long after, CancellationToken ct)
    {
        var rows = new List<FigureRow>(ChunkSize);
        await using var result = await EfReader.ExecuteAsync(db, ChunkColumns(db, filter, after), ct);
        var reader = result.DbDataReader;
        while (await reader.ReadAsync(ct))
        {
            if (rows.Count == 0 && reader.FieldCount != ColumnCount)
                throw new InvalidOperationException($"The export's chunk query returned {reader.FieldCount} columns, not {ColumnCount}.");
            rows.Add(Read(reader));
        }
        return rows;
    }

    /// <summary>
    /// The chunk as flat columns, in the order <see cref="Read"/> reads them (EF keeps a flat projection's order; no two
    /// members are the same column, so none is merged). Enum columns come as their stored codes.
    /// </summary>
    internal static IQueryable<ChunkRow> ChunkColumns(DashboardDbContext db, FigureFilter filter, long after) =>
        from f in FigureFilters.Filtered(db, filter).Where(f => f.Id > after).OrderBy(f => f.Id).Take(ChunkSize)
        join s in db.Set<FigureStatus>().AsNoTracking() on f.Id equals s.FigureId into statuses
        from s in statuses.DefaultIfEmpty()
        join r in db.Set<FigureReview>().AsNoTracking() on s.LatestReviewId equals (long?)r.Id into reviews
        from r in reviews.DefaultIfEmpty()
        join c in db.Set<FigureCorrection>().AsNoTracking() on s.LatestCorrectionId equals (long?)c.Id into corrections
        from c in corrections.DefaultIfEmpty()
        orderby f.Id
        select new ChunkRow(f.Id, f.ArticleId, f.Value, f.Qualifier, f.Category, f.Subgroup, f.Region, f.Area, f.Authority, f.ReportedOn,
            f.Basis, f.Since, f.Evidence, f.EvidenceStart, f.EvidenceLength, f.Rule, f.ExtractorVersion,
            f.Article!.Outlet!.Name, f.Article!.Url, f.Article!.Title, f.Article!.Published,
            s.Decision, (long?)r.Id, (ReviewDecision?)r.Decision, r.Reason, r.By, (DateTime?)r.At,
            (long?)c.Id, (long?)c.Value, (FigureQualifier?)c.Qualifier, (FigureCategory?)c.Category, (FigureSubgroup?)c.Subgroup,
            c.Region, c.Area, c.Authority, c.ReportedOn, (FigureBasis?)c.Basis, c.Since, c.Note, c.By, (DateTime?)c.At);

    /// <summary>The shape of <see cref="ChunkColumns"/> (only its SQL is used; the rows are read by <see cref="Read"/>).</summary>
    internal sealed record ChunkRow(
        long Id, long ArticleId, long Value, FigureQualifier Qualifier, FigureCategory Category, FigureSubgroup Subgroup,
        string? Region, string? Area, string Authority, DateOnly? ReportedOn, FigureBasis Basis, DateOnly? Since,
        string Evidence, int EvidenceStart, int EvidenceLength, string Rule, string ExtractorVersion,
        string? Outlet, string? Url, string? Title, DateOnly? Published,
        ReviewDecision? StatusDecision, long? ReviewId, ReviewDecision? ReviewDecision, string? ReviewReason, string? ReviewBy, DateTime? ReviewAt,
        long? CorrectionId, long? CorrectedValue, FigureQualifier? CorrectedQualifier, FigureCategory? CorrectedCategory, FigureSubgroup? CorrectedSubgroup,
        string? CorrectedRegion, string? CorrectedArea, string? CorrectedAuthority, DateOnly? CorrectedReportedOn, FigureBasis? CorrectedBasis,
        DateOnly? CorrectedSince, string? CorrectionNote, string? CorrectedBy, DateTime? CorrectedAt);

    private const int ColumnCount = 41;

    /// <summary>
    /// One row of <see cref="ChunkColumns"/> as the grid's reader would give it: a review counts only while the status
    /// names a decision; the correction in force is the status's latest.
    /// </summary>
    private static FigureRow Read(DbDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), Fields(r, 2), r.GetString(12), r.GetInt32(13), r.GetInt32(14), r.GetString(15), r.GetString(16),
            Text(r, 17), Text(r, 18), Text(r, 19), Date(r, 20))
        {
            Review = r.IsDBNull(22) || r.IsDBNull(21) ? null
                : new FigureReviewView(r.GetInt64(22), Enum.Parse<ReviewDecision>(r.GetString(23)), Text(r, 24), r.GetString(25), Utc(r, 26)),
            Correction = r.IsDBNull(27) ? null
                : new FigureCorrectionView(r.GetInt64(27), Fields(r, 28), Text(r, 38), r.GetString(39), Utc(r, 40)),
        };

    /// <summary>The ten <see cref="FigureFields"/> columns from <paramref name="at"/> on (the figure's, or the correction's).</summary>
    private static FigureFields Fields(DbDataReader r, int at) =>
        new(r.GetInt64(at), SchemaCodeConverters.ParseQualifier(r.GetString(at + 1)), SchemaCodeConverters.ParseCategory(r.GetString(at + 2)),
            SchemaCodeConverters.ParseSubgroup(r.GetString(at + 3)), Text(r, at + 4), Text(r, at + 5), r.GetString(at + 6), Date(r, at + 7),
            SchemaCodeConverters.ParseBasis(r.GetString(at + 8)), Date(r, at + 9));

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly? Date(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);

    /// <summary>Times are UTC in every provider (the context's conventions); SQLite's text gives an unspecified kind.</summary>
    private static DateTime Utc(DbDataReader r, int i) => DateTime.SpecifyKind(r.GetDateTime(i), DateTimeKind.Utc);

    /// <summary>The notes on figures that are not deleted, by figure, oldest first.</summary>
    private async Task<Dictionary<long, IReadOnlyList<AnnotationView>>> NotesAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var notes = await AnnotationQueries.Project(db.Set<Annotation>().AsNoTracking().Where(a => a.FigureId != null && !a.Deleted).OrderBy(a => a.Id))
            .ToListAsync(ct);
        return notes.GroupBy(n => n.FigureId!.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<AnnotationView>)g.ToList());
    }
}
