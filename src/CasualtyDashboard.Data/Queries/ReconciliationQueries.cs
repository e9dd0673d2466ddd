using CasualtyDashboard.Reconciliation.Series;
using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// Reads the stored output of the last reconciliation run (series, points with their claims, flags) and the analysts'
/// decisions. Provider-neutral LINQ, no tracking, one short-lived context per call.
/// </summary>
public sealed class ReconciliationQueries(IDbContextFactory<DashboardDbContext> factory)
{
    /// <summary>The last run, or null before the first.</summary>
    public async Task<ReconciliationStatus?> StatusAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var run = await db.Set<ReconciliationRun>().AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        return run is null ? null : new ReconciliationStatus(
            Utc(run.EndedAt), run.NewsClaims, run.ReferenceClaims, run.UnplacedFigures, run.Series, run.Points, run.Flags, run.OpenConflicts);
    }

    /// <summary>
    /// Where the stored reconciliation output stands: the last run, the last analysts' resolution and dismissal (they change
    /// flags and open-conflict counts between runs) and the last reference import. Equal versions read the same series,
    /// points and flags; a cache of what those reads give is valid while the version stays (decision 048).
    /// </summary>
    public async Task<ReconciliationVersion> VersionAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = (await db.Database.SqlQueryRaw<VersionRow>(_versionSql ??= VersionSql(db)).ToListAsync(ct)).Single();
        return new ReconciliationVersion(row.Run ?? 0, row.Resolution ?? 0, row.Dismissal ?? 0, row.ReferenceImport ?? 0);
    }

    private string? _versionSql;

    /// <summary>
    /// The four maxima in one statement (one round trip, where four queries were four; every request for the cached JSON
    /// and every dashboard circuit's load asks it): <c>SELECT (SELECT MAX(id) FROM runs) AS Run, ...</c>, the tables and
    /// columns as the model maps them, quoted by the provider.
    /// </summary>
    internal static string VersionSql(DashboardDbContext db)
    {
        var sql = db.GetService<Microsoft.EntityFrameworkCore.Storage.ISqlGenerationHelper>();
        string Max<T>(string alias)
        {
            var entity = db.Model.FindEntityType(typeof(T))!;
            var table = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var id = entity.FindProperty("Id")!.GetColumnName(table)!;
            return $"(SELECT MAX({sql.DelimitIdentifier(id)}) FROM {sql.DelimitIdentifier(table.Name, table.Schema)}) AS {sql.DelimitIdentifier(alias)}";
        }
        return $"SELECT {Max<ReconciliationRun>(nameof(VersionRow.Run))}, {Max<AnalystResolution>(nameof(VersionRow.Resolution))}, "
            + $"{Max<AnalystDismissal>(nameof(VersionRow.Dismissal))}, {Max<ReferenceImport>(nameof(VersionRow.ReferenceImport))}";
    }

    private sealed class VersionRow
    {
        public long? Run { get; set; }
        public long? Resolution { get; set; }
        public long? Dismissal { get; set; }
        public long? ReferenceImport { get; set; }
    }

    /// <summary>Every series (optionally of one region and category), by key.</summary>
    public async Task<IReadOnlyList<SeriesSummary>> SeriesAsync(string? region = null, string? category = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Set<ReconciledSeries>().AsNoTracking();
        if (region is not null) query = query.Where(s => s.Region == region);
        if (category is not null) query = query.Where(s => s.Category == category);
        var rows = await query.OrderBy(s => s.Key).ToListAsync(ct);
        return rows.ConvertAll(ToSummary);
    }

    public async Task<SeriesSummary?> SeriesByIdAsync(long id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.Set<ReconciledSeries>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        return row is null ? null : ToSummary(row);
    }

    /// <summary>The series' points in date order (optionally within <paramref name="from"/>..<paramref name="to"/>), each with its claims.</summary>
    public async Task<IReadOnlyList<PointView>> PointsAsync(long seriesId, DateOnly? from = null, DateOnly? to = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await WithClaimsAsync(db, await PointsOf(db, seriesId, from, to).ToListAsync(ct), ct);
    }

    /// <summary>
    /// The series' points for a chart: each with only its sources' current claims, and of those only what a chart shows
    /// (value, authority, outlet; no evidence, no URL), so a long series draws quickly. <see cref="PointsAsync"/> has it all.
    /// </summary>
    public async Task<IReadOnlyList<PointView>> ChartPointsAsync(long seriesId, DateOnly? from = null, DateOnly? to = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var points = await PointsOf(db, seriesId, from, to).ToListAsync(ct);
        var current = points.ConvertAll(p => PointSources.Read(p.Sources).Where(s => !s.RestatementOnly).ToList());
        var ids = current.SelectMany(s => s).Select(s => s.Latest).Distinct().ToList();
        var figureIds = ids.Where(i => i > 0).ToList();
        var referenceIds = ids.Where(i => i < 0).ToList();
        // The ids go as one array parameter (EF.Parameter): thousands of them as one parameter each made the statement
        // itself the slow part (decision 056). Names repeat on every point, so each is kept once (a chart's points may be
        // cached for as long as the reconciliation output stays: decision 056).
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Shared(string? name) => name is null ? null : names.TryGetValue(name, out var known) ? known : names[name] = name;
        var outlets = new Dictionary<long, string?>();
        foreach (var x in await db.Figures.AsNoTracking().Where(x => EF.Parameter(figureIds).Contains(x.Id))
                     .Select(x => new { x.Id, Outlet = x.Article!.Outlet != null ? x.Article.Outlet.Name : null }).ToListAsync(ct))
            outlets[x.Id] = Shared(x.Outlet);
        foreach (var r in await db.Set<ReferenceClaim>().AsNoTracking().Where(r => EF.Parameter(referenceIds).Contains(r.Id)).Select(r => new { r.Id, r.Outlet }).ToListAsync(ct))
            outlets[r.Id] = Shared(r.Outlet);

        return points.Select((p, i) => new PointView(
            p.SeriesId, p.Key, p.Date, p.Value, p.Rule, Message.FromStored(p.Explanation), p.ClaimIds, p.Low, p.High, p.IncrementChange, p.IncrementDays,
            p.Conflicts, p.OpenConflicts,
            current[i].ConvertAll(s => new ClaimView(s.Latest, s.Value, "", Shared(s.Authority)!, s.IsReference, outlets.GetValueOrDefault(s.Latest),
                null, null, null, "", "current", outlets.ContainsKey(s.Latest))))).ToList();
    }

    /// <summary>A series' points within <paramref name="from"/>..<paramref name="to"/> (either may be open), in date order.</summary>
    private static IQueryable<ReconciledPoint> PointsOf(DashboardDbContext db, long seriesId, DateOnly? from, DateOnly? to)
    {
        var query = db.Set<ReconciledPoint>().AsNoTracking().Where(p => p.SeriesId == seriesId);
        if (from is { } f) query = query.Where(p => p.Date >= f);
        if (to is { } t) query = query.Where(p => p.Date <= t);
        return query.OrderBy(p => p.Date);
    }

    /// <summary>One point with its claims, or null.</summary>
    public async Task<PointView?> PointAsync(string pointKey, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var point = await db.Set<ReconciledPoint>().AsNoTracking().SingleOrDefaultAsync(p => p.Key == pointKey, ct);
        return point is null ? null : (await WithClaimsAsync(db, [point], ct))[0];
    }

    /// <summary>
    /// The first point of <paramref name="pointKey"/>'s series on or after its day (<c>series-key@yyyy-MM-dd</c>), or null:
    /// a day inside a step of the daily view, which stands for the change its series' next point reports.
    /// </summary>
    public async Task<PointView?> PointOnOrAfterAsync(string pointKey, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(pointKey);
        if (!PointKey.TryParse(pointKey, out var seriesKey, out var day)) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        var point = await db.Set<ReconciledPoint>().AsNoTracking()
            .Where(p => p.Series!.Key == seriesKey && p.Date >= day)
            .OrderBy(p => p.Date)
            .FirstOrDefaultAsync(ct);
        return point is null ? null : (await WithClaimsAsync(db, [point], ct))[0];
    }

    /// <summary>Flags matching <paramref name="filter"/>: open ones first, then by type, newest date first.</summary>
    public async Task<ConflictPage> ConflictsAsync(ConflictFilter filter, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Set<ReconciliationFlag>().AsNoTracking();
        if (filter.Types.Count > 0) query = query.Where(c => filter.Types.Contains(c.Type));
        if (filter.States.Count > 0) query = query.Where(c => filter.States.Contains(c.State));
        if (filter.SeriesId is { } id) query = query.Where(c => c.SeriesId == id);
        if (filter.SeriesKey is { } key) query = query.Where(c => c.Series!.Key == key);
        if (filter.From is { } from) query = query.Where(c => c.Date >= from);
        if (filter.To is { } to) query = query.Where(c => c.Date <= to);
        if (filter.Conflicts is { } conflicts) query = query.Where(c => c.IsConflict == conflicts);
        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderBy(c => c.State == "open" ? 0 : 1).ThenBy(ConflictPriority.RankExpression).ThenByDescending(c => c.Date).ThenBy(c => c.Key)
            .Skip(filter.Skip).Take(filter.Take)
            .Select(c => new { Flag = c, SeriesKey = c.Series!.Key })
            .ToListAsync(ct);
        return new ConflictPage(total, rows.ConvertAll(r => ToView(r.Flag, r.SeriesKey)));
    }

    public async Task<ConflictView?> ConflictAsync(string key, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var hash = KeyHash.Of(key);
        var row = await db.Set<ReconciliationFlag>().AsNoTracking().Where(c => c.KeyHash == hash && c.Key == key)
            .Select(c => new { Flag = c, SeriesKey = c.Series!.Key }).SingleOrDefaultAsync(ct);
        return row is null ? null : ToView(row.Flag, row.SeriesKey);
    }

    /// <summary>The flags raised on the points of one series (for marking charts).</summary>
    public async Task<IReadOnlyList<ConflictView>> ConflictsOfSeriesAsync(long seriesId, CancellationToken ct = default) =>
        (await ConflictsAsync(new ConflictFilter { SeriesId = seriesId, Take = int.MaxValue }, ct)).Items;

    /// <summary>The latest analysts' decisions, newest first: every resolution and dismissal ever stored.</summary>
    public async Task<IReadOnlyList<DecisionView>> DecisionsAsync(int take, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var resolutions = await db.Set<AnalystResolution>().AsNoTracking().OrderByDescending(r => r.At).Take(take)
            .Select(r => new DecisionView("resolution", r.ConflictKey, r.PointKey, r.Value, r.ChosenClaimId, r.Note, r.By, r.At)).ToListAsync(ct);
        var dismissals = await db.Set<AnalystDismissal>().AsNoTracking().OrderByDescending(d => d.At).Take(take)
            .Select(d => new DecisionView("dismissal", d.ConflictKey, null, null, null, d.Note, d.By, d.At)).ToListAsync(ct);
        return resolutions.Concat(dismissals).OrderByDescending(d => d.At).Take(take).Select(d => d with { At = Utc(d.At) }).ToList();
    }

    /// <summary>The points with their claims read from the figures and reference claims (shared with <see cref="ReconciledExportQuery"/>).</summary>
    internal static async Task<IReadOnlyList<PointView>> WithClaimsAsync(DashboardDbContext db, List<ReconciledPoint> points, CancellationToken ct)
    {
        var sources = points.ConvertAll(p => PointSources.Read(p.Sources));
        var ids = sources.SelectMany(s => s).SelectMany(s => s.ClaimIds).Distinct().ToList();
        var figureIds = ids.Where(i => i > 0).ToList();
        var referenceIds = ids.Where(i => i < 0).ToList();
        var claims = new Dictionary<long, ClaimView>();
        var figures = await db.Figures.AsNoTracking().Where(f => figureIds.Contains(f.Id))
            .Select(f => new
            {
                f.Id, f.Value, f.Qualifier, f.Authority, Outlet = f.Article!.Outlet != null ? f.Article.Outlet.Name : null, f.ArticleId,
                f.Article.Url, f.Article.Published, f.Evidence,
            })
            .ToListAsync(ct);
        foreach (var f in figures)
        {
            claims[f.Id] = new ClaimView(f.Id, f.Value, Extraction.Schema.SchemaCodes.Code(f.Qualifier), f.Authority, false, f.Outlet, f.ArticleId,
                f.Url, f.Published, f.Evidence, "", true);
        }

        foreach (var r in await db.Set<ReferenceClaim>().AsNoTracking().Where(r => referenceIds.Contains(r.Id)).ToListAsync(ct))
        {
            claims[r.Id] = new ClaimView(r.Id, r.Value, r.Qualifier, r.Authority, true, r.Outlet, null, r.Url, r.ReportedOn, r.Evidence, "", true);
        }

        return points.Select((p, i) => new PointView(
            p.SeriesId, p.Key, p.Date, p.Value, p.Rule, Message.FromStored(p.Explanation), p.ClaimIds, p.Low, p.High, p.IncrementChange, p.IncrementDays,
            p.Conflicts, p.OpenConflicts, ClaimsOf(sources[i], claims))).ToList();
    }

    private static List<ClaimView> ClaimsOf(IReadOnlyList<PointSource> sources, Dictionary<long, ClaimView> claims)
    {
        var list = new List<ClaimView>();
        foreach (var source in sources)
        {
            var current = source.RestatementOnly ? [] : source.History.Append(source.Latest);
            foreach (var (id, role) in current.Select(id => (id, "current")).Concat(source.Restatements.Select(id => (id, "restatement"))))
            {
                var actualRole = role == "current" && id != source.Latest ? "history" : role;
                list.Add(claims.TryGetValue(id, out var claim)
                    ? claim with { Role = actualRole }
                    : new ClaimView(id, source.Value, "", source.Authority, source.IsReference, null, null, null, null, "", actualRole, Stored: false));
            }
        }

        return list;
    }

    internal static SeriesSummary ToSummary(ReconciledSeries s) => new(
        s.Id, s.Key, s.Region, s.Area, s.Category, s.Subgroup, s.Basis, s.Since, s.SinceInferred, Utc(s.LastChange), s.PointCount,
        s.FirstDate, s.LastDate, s.LatestValue, s.OpenConflicts);

    internal static ConflictView ToView(ReconciliationFlag c, string seriesKey) => new(
        c.Key, c.Type, c.IsConflict, c.State, Message.FromStored(c.Reason), c.ClaimIds, c.SeriesId, seriesKey, c.PointKey, c.Date, c.DecisionBy,
        c.DecisionAt is { } at ? Utc(at) : null, c.DecisionNote, c.ResolvedValue, c.ChosenClaimId);

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
