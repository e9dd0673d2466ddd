using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Accounts;
using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Audit;
using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary>
/// Stores analysts' resolutions (a chosen claim or an entered value) and dismissals, each with a required note, the
/// signed-in analyst's name (or the API key's) and the time. Decisions are appended, never changed or deleted (the latest wins) and never
/// touch a claim; the stored flag shows its new state at once, and reconciliation is asked for. The audit log gets an
/// entry in the same transaction.
/// </summary>
public sealed class AnalystDecisionService(
    IDbContextFactory<DashboardDbContext> factory,
    CurrentAnalyst analyst,
    ReconciliationTrigger reconciliation,
    DashboardUpdates updates,
    TimeProvider clock)
{
    public const int MaxNoteLength = 4000;

    private readonly AuditTrail _audit = new(analyst, clock);

    /// <summary>Resolves the conflict <paramref name="conflictKey"/> by choosing one of its point's claims, or by entering a value.</summary>
    public async Task<DecisionOutcome> ResolveAsync(string conflictKey, long? claimId, long? value, string? note, CancellationToken ct)
    {
        analyst.Demand(Permission.Decide);
        if (NoteProblem(note) is { } problem) return DecisionOutcome.Invalid(problem);
        if (claimId is null == value is null)
        {
            return DecisionOutcome.Invalid(claimId is null
                ? "Choose one of the point's claims (claimId) or enter a value (value)."
                : "Give either a chosen claim (claimId) or an entered value (value), not both.");
        }

        if (value < 0) return DecisionOutcome.Invalid($"The value must be zero or more, not {value}.");

        await using var db = await factory.CreateDbContextAsync(ct);
        var flag = await FlagAsync(db, conflictKey, ct);
        if (flag is null) return UnknownConflict(conflictKey);

        if (claimId is { } id)
        {
            var sources = await db.Set<ReconciledPoint>().Where(p => p.Key == flag.PointKey).Select(p => p.Sources).SingleAsync(ct);
            var claimIds = PointSources.Read(sources).SelectMany(s => s.ClaimIds).ToList();
            if (!claimIds.Contains(id))
            {
                return DecisionOutcome.Invalid($"Claim {id} is not a claim of this conflict's point; choose one of {string.Join(", ", claimIds)}.");
            }

            value = id > 0
                ? await db.Figures.Where(f => f.Id == id).Select(f => (long?)f.Value).SingleOrDefaultAsync(ct)
                : await db.Set<ReferenceClaim>().Where(c => c.Id == id).Select(c => (long?)c.Value).SingleOrDefaultAsync(ct);
            if (value is null)
            {
                return DecisionOutcome.Invalid($"Claim {id} is no longer stored (its article was extracted again); reload the conflict and choose again.");
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new AnalystResolution
        {
            PointKey = flag.PointKey, ConflictKey = flag.Key, ChosenClaimId = claimId, Value = value!.Value, Note = note!.Trim(), By = analyst.Name, At = now,
        });
        await ApplyAsync(db, flag, "resolved", note.Trim(), now, value, claimId, ct);
        return DecisionOutcome.Stored;
    }

    /// <summary>Dismisses the conflict <paramref name="conflictKey"/>: no conflict (a different scope, say), with a required note.</summary>
    public async Task<DecisionOutcome> DismissAsync(string conflictKey, string? note, CancellationToken ct)
    {
        analyst.Demand(Permission.Decide);
        if (NoteProblem(note) is { } problem) return DecisionOutcome.Invalid(problem);
        await using var db = await factory.CreateDbContextAsync(ct);
        var flag = await FlagAsync(db, conflictKey, ct);
        if (flag is null) return UnknownConflict(conflictKey);

        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new AnalystDismissal { ConflictKey = flag.Key, Note = note!.Trim(), By = analyst.Name, At = now });
        await ApplyAsync(db, flag, "dismissed", note.Trim(), now, null, null, ct);
        return DecisionOutcome.Stored;
    }

    private async Task ApplyAsync(
        DashboardDbContext db, ReconciliationFlag flag, string state, string note, DateTime now, long? value, long? claimId, CancellationToken ct)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (flag is { IsConflict: true, State: "open" })
            {
                await db.Set<ReconciledPoint>().Where(p => p.Key == flag.PointKey)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.OpenConflicts, p => p.OpenConflicts - 1), ct);
                await db.Set<ReconciledSeries>().Where(s => s.Id == flag.SeriesId)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.OpenConflicts, x => x.OpenConflicts - 1), ct);
            }

            var before = Audited(flag);
            flag.State = state;
            flag.DecisionBy = analyst.Name;
            flag.DecisionAt = now;
            flag.DecisionNote = note;
            flag.ResolvedValue = value;
            flag.ChosenClaimId = claimId;
            _audit.Record(db, state == "resolved" ? AuditActions.ConflictResolve : AuditActions.ConflictDismiss, AuditEntities.Conflict, flag.Key,
                before, Audited(flag));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        await updates.NotifyAsync(new DashboardChange("reconciliation", 1));
        await reconciliation.RequestAsync(ct);
    }

    /// <summary>A flag's decision fields for the audit log.</summary>
    private static object Audited(ReconciliationFlag f) => new { f.State, note = f.DecisionNote, value = f.ResolvedValue, claimId = f.ChosenClaimId };

    private static string? NoteProblem(string? note) =>
        string.IsNullOrWhiteSpace(note) ? "A note is required: say why (the source you checked, or why this is no conflict)."
        : note.Length > MaxNoteLength ? $"The note has {note.Length} characters; at most {MaxNoteLength} are kept."
        : null;

    private static DecisionOutcome UnknownConflict(string key) =>
        DecisionOutcome.NotFound($"No conflict has the key '{key}' in the last reconciliation; reload the conflicts.");

    /// <summary>The flag of a conflict key, found through its indexed hash.</summary>
    private static Task<ReconciliationFlag?> FlagAsync(DashboardDbContext db, string conflictKey, CancellationToken ct)
    {
        var hash = KeyHash.Of(conflictKey);
        return db.Set<ReconciliationFlag>().SingleOrDefaultAsync(f => f.KeyHash == hash && f.Key == conflictKey, ct);
    }
}
