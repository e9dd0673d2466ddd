using CasualtyDashboard.Data.Accounts;
using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Audit;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Review;

/// <summary>
/// Accept, reject (with a reason) and correct extracted figures. Each write adds a history record naming the current
/// analyst and the time, and moves the figure's <see cref="FigureStatus"/> in the same transaction. The figure row itself
/// is never modified: a correction is a new record. The audit log gets an entry in the same transaction.
/// </summary>
public sealed class FigureReviewService(IDbContextFactory<DashboardDbContext> factory, CurrentAnalyst analyst, TimeProvider clock)
{
    private readonly AuditTrail _audit = new(analyst, clock);

    public Task AcceptAsync(long figureId, CancellationToken ct = default) =>
        DecideAsync(figureId, ReviewDecision.Accepted, null, ct);

    public Task RejectAsync(long figureId, string reason, CancellationToken ct = default)
    {
        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length == 0) throw new ReviewInputException("A rejection needs a reason.");
        if (trimmed.Length > ReviewLimits.Reason) throw new ReviewInputException($"The reason is longer than {ReviewLimits.Reason} characters.");
        return DecideAsync(figureId, ReviewDecision.Rejected, trimmed, ct);
    }

    private async Task DecideAsync(long figureId, ReviewDecision decision, string? reason, CancellationToken ct)
    {
        analyst.Demand(Permission.Decide);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await EnsureFigureAsync(db, figureId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var review = new FigureReview { FigureId = figureId, Decision = decision, Reason = reason, By = analyst.Name, At = now };
        db.Add(review);
        await db.SaveChangesAsync(ct);
        var status = await StatusAsync(db, figureId, ct);
        _audit.Record(db, AuditActions.FigureReview, AuditEntities.Figure, Key(figureId),
            new { decision = StateName(status), reason = (string?)null }, new { decision = StateName(decision), reason });
        status.Decision = decision;
        status.LatestReviewId = review.Id;
        status.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Stores <paramref name="corrected"/> as the figure's correction in force; earlier decisions are superseded.</summary>
    public async Task<long> CorrectAsync(long figureId, FigureFields corrected, string? note, CancellationToken ct = default)
    {
        analyst.Demand(Permission.Decide);
        Validate(corrected);
        var trimmedNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmedNote?.Length > ReviewLimits.Note) throw new ReviewInputException($"The note is longer than {ReviewLimits.Note} characters.");
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await EnsureFigureAsync(db, figureId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var correction = new FigureCorrection
        {
            FigureId = figureId, Value = corrected.Value, Qualifier = corrected.Qualifier, Category = corrected.Category,
            Subgroup = corrected.Subgroup, Region = Clean(corrected.Region), Area = Clean(corrected.Area), Authority = corrected.Authority.Trim(),
            ReportedOn = corrected.ReportedOn, Basis = corrected.Basis, Since = corrected.Since, Note = trimmedNote, By = analyst.Name, At = now,
        };
        db.Add(correction);
        await db.SaveChangesAsync(ct);
        var status = await StatusAsync(db, figureId, ct);
        var inForce = await FieldsInForceAsync(db, figureId, status.LatestCorrectionId, ct);
        _audit.Record(db, AuditActions.FigureCorrect, AuditEntities.Figure, Key(figureId),
            Audited(inForce, StateName(status), null), Audited(Stored(correction), "corrected", trimmedNote));
        status.Decision = null;
        status.LatestReviewId = null;
        status.LatestCorrectionId = correction.Id;
        status.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return correction.Id;
    }

    /// <summary>Every review and correction of the figure, newest first.</summary>
    public async Task<IReadOnlyList<ReviewHistoryEntry>> HistoryAsync(long figureId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var reviews = await db.Set<FigureReview>().AsNoTracking().Where(r => r.FigureId == figureId)
            .Select(r => new { r.Id, Entry = new ReviewHistoryEntry(r.Decision, r.Reason, null, null, r.By, r.At) }).ToListAsync(ct);
        var corrections = await db.Set<FigureCorrection>().AsNoTracking().Where(c => c.FigureId == figureId)
            .Select(c => new
            {
                c.Id,
                Entry = new ReviewHistoryEntry(null, null,
                    new FigureFields(c.Value, c.Qualifier, c.Category, c.Subgroup, c.Region, c.Area, c.Authority, c.ReportedOn, c.Basis, c.Since),
                    c.Note, c.By, c.At),
            }).ToListAsync(ct);
        return reviews.Select(r => (r.Entry, Kind: 0, r.Id)).Concat(corrections.Select(c => (c.Entry, Kind: 1, c.Id)))
            .OrderByDescending(e => e.Entry.At).ThenByDescending(e => e.Kind).ThenByDescending(e => e.Id).Select(e => e.Entry).ToList();
    }

    private static async Task EnsureFigureAsync(DashboardDbContext db, long figureId, CancellationToken ct)
    {
        if (!await db.Figures.AnyAsync(f => f.Id == figureId, ct))
            throw new ReviewInputException($"Figure {figureId} does not exist (its article may have been extracted again).");
    }

    private static async Task<FigureStatus> StatusAsync(DashboardDbContext db, long figureId, CancellationToken ct)
    {
        var status = await db.Set<FigureStatus>().FirstOrDefaultAsync(s => s.FigureId == figureId, ct);
        if (status is null)
        {
            status = new FigureStatus { FigureId = figureId };
            db.Add(status);
        }
        return status;
    }

    private static string Key(long figureId) => figureId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string StateName(ReviewDecision? decision) => decision?.ToString().ToLowerInvariant() ?? "unreviewed";

    private static string StateName(FigureStatus status) => status.LatestCorrectionId is not null ? "corrected" : StateName(status.Decision);

    /// <summary>The figure's fields as they stand before this write: the correction in force, else as extracted.</summary>
    private static async Task<FigureFields> FieldsInForceAsync(DashboardDbContext db, long figureId, long? correctionId, CancellationToken ct)
    {
        if (correctionId is { } id && await db.Set<FigureCorrection>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } c)
            return Stored(c);
        return await db.Figures.AsNoTracking().Where(f => f.Id == figureId)
            .Select(f => new FigureFields(f.Value, f.Qualifier, f.Category, f.Subgroup, f.Region, f.Area, f.Authority, f.ReportedOn, f.Basis, f.Since))
            .SingleAsync(ct);
    }

    private static FigureFields Stored(FigureCorrection c) =>
        new(c.Value, c.Qualifier, c.Category, c.Subgroup, c.Region, c.Area, c.Authority, c.ReportedOn, c.Basis, c.Since);

    /// <summary>A figure's fields for the audit log; the trail keeps those that changed.</summary>
    private static object Audited(FigureFields f, string state, string? note) => new
    {
        state, f.Value, f.Qualifier, f.Category, f.Subgroup, f.Region, f.Area, f.Authority, f.ReportedOn, f.Basis, f.Since, note,
    };

    private static void Validate(FigureFields f)
    {
        if (f.Value < 0) throw new ReviewInputException("The value cannot be negative.");
        if (string.IsNullOrWhiteSpace(f.Authority)) throw new ReviewInputException("The authority is required (use 'unattributed' when none is named).");
        if (f.Authority.Trim().Length > 100) throw new ReviewInputException("The authority is longer than 100 characters.");
        if (f.Region?.Trim().Length > 60 || f.Area?.Trim().Length > 60) throw new ReviewInputException("Region and area are at most 60 characters.");
        if (!Enum.IsDefined(f.Category) || !Enum.IsDefined(f.Subgroup) || !Enum.IsDefined(f.Qualifier) || !Enum.IsDefined(f.Basis))
            throw new ReviewInputException("Category, subgroup, qualifier and basis must be codes of SCHEMA.md.");
        if (f.Since is { } since && f.ReportedOn is { } on && since > on) throw new ReviewInputException("'Since' cannot be after the reporting date.");
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
