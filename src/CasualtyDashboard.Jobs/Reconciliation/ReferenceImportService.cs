using System.Security.Cryptography;
using System.Text;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Audit;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Reference;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary>
/// Imports a published series (the Tech for Palestine JSON or CSV files) as reference claims, a source of their own:
/// a new import of a dataset replaces the previous one in one transaction, then reconciliation is asked for.
/// A malformed file throws <see cref="FormatException"/> naming the line or element, and the previous import stays.
/// </summary>
public sealed class ReferenceImportService(
    IDbContextFactory<DashboardDbContext> factory,
    ReconciliationTrigger reconciliation,
    DashboardUpdates updates,
    AuditTrail audit,
    TimeProvider clock)
{
    /// <summary>Imports <paramref name="content"/> (JSON when the name ends in .json or the text starts with '[', else CSV).</summary>
    /// <param name="onlyIfChanged">Skip the import when the last import of the dataset had the same content.</param>
    public async Task<ReferenceImportResult> ImportAsync(
        byte[] content, TfpDataset dataset, string sourceName, string channel, bool onlyIfChanged, CancellationToken ct)
    {
        var code = ReferenceDatasets.Code(dataset);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        await using var db = await factory.CreateDbContextAsync(ct);
        var previous = await db.Set<ReferenceImport>().SingleOrDefaultAsync(i => i.Dataset == code, ct);
        if (onlyIfChanged && previous?.ContentHash == hash)
        {
            return new ReferenceImportResult(code, previous.SourceName, previous.Claims, previous.FirstDate, previous.LastDate, 0, Unchanged: true);
        }

        var claims = Read(content, dataset, sourceName);
        var now = clock.GetUtcNow().UtcDateTime;
        int replaced;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var before = previous is null ? null : Audited(previous);
            replaced = await db.Set<ReferenceClaim>().Where(c => c.Dataset == code).ExecuteDeleteAsync(ct);
            db.AddRange(claims.Select(c => ToEntity(c, code, now)));
            previous ??= db.Set<ReferenceImport>().Add(new ReferenceImport { Dataset = code, SourceName = "", ContentHash = "", Channel = "" }).Entity;
            previous.SourceName = sourceName.Length > 500 ? sourceName[..500] : sourceName;
            previous.ContentHash = hash;
            previous.Channel = channel;
            previous.Claims = claims.Count;
            previous.FirstDate = claims.Min(c => c.ReportedOn);
            previous.LastDate = claims.Max(c => c.ReportedOn);
            previous.ImportedAt = now;
            audit.Record(db, AuditActions.ImportReference, AuditEntities.Reference, code, before, Audited(previous));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        await updates.NotifyAsync(new DashboardChange("reference", claims.Count));
        await reconciliation.RequestAsync(ct);
        return new ReferenceImportResult(code, previous.SourceName, claims.Count, previous.FirstDate, previous.LastDate, replaced, Unchanged: false);
    }

    /// <summary>An import's fields for the audit log (the claims themselves are the file's).</summary>
    private static object Audited(ReferenceImport i) =>
        new { source = i.SourceName, i.Channel, i.Claims, i.FirstDate, i.LastDate, sha256 = i.ContentHash };

    private static IReadOnlyList<Claim> Read(byte[] content, TfpDataset dataset, string sourceName)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new FormatException($"{sourceName}: the file is not UTF-8 text; export it as UTF-8 JSON or CSV.");
        }

        var json = sourceName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            || (!sourceName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && text.TrimStart().StartsWith('['));
        var claims = json
            ? TfpReferenceReader.ReadJson(text, dataset, sourceName)
            : TfpReferenceReader.ReadCsv(new StringReader(text), dataset, sourceName);
        if (claims.Count == 0)
        {
            throw new FormatException($"{sourceName}: no reported figure was found for dataset {ReferenceDatasets.Code(dataset)}; the previous import is kept.");
        }

        // A claim id stands for one dataset, date and field: a date given twice would make two claims of one id.
        var twice = claims.GroupBy(c => c.ClaimId).FirstOrDefault(g => g.Count() > 1);
        return twice is null
            ? claims
            : throw new FormatException($"{sourceName}: report_date {twice.First().ReportedOn:yyyy-MM-dd} appears more than once; each date must have one row.");
    }

    private static ReferenceClaim ToEntity(Claim claim, string dataset, DateTime now) => new()
    {
        Id = claim.ClaimId,
        Dataset = dataset,
        Region = claim.SeriesKey.Region,
        Area = claim.SeriesKey.Area,
        Category = claim.SeriesKey.Category,
        Subgroup = claim.SeriesKey.Subgroup,
        Basis = claim.SeriesKey.Basis,
        Since = claim.SeriesKey.Since,
        ReportedOn = claim.ReportedOn,
        Value = claim.Value,
        Qualifier = claim.Qualifier,
        Authority = claim.Authority,
        Outlet = claim.Outlet,
        Url = claim.ArticleUrl,
        Evidence = claim.Evidence,
        StatedAt = claim.StatedAt,
        DeclaresRetroactiveAddition = claim.DeclaresRetroactiveAddition,
        ImportedAt = now,
    };
}
