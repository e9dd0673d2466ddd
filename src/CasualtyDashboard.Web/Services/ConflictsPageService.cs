using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Jobs.Reconciliation;
using CasualtyDashboard.Reconciliation.Conflicts;

namespace CasualtyDashboard.Web.Services;

/// <summary>The Conflicts page's logic: listing flags, a conflict with its competing claims, and analysts' decisions.</summary>
public sealed class ConflictsPageService(ReconciliationQueries queries, AnalystDecisionService decisions)
{
    public const string AnyValue = "";

    public static IReadOnlyList<ChoiceOption> TypeOptions { get; } =
        [new(AnyValue, "Any type"), .. Enum.GetValues<FlagType>().Select(t => new ChoiceOption(t.Code(), TypeLabel(t.Code())))];

    public static IReadOnlyList<ChoiceOption> StateOptions { get; } =
        [new(AnyValue, "Any state"), new("open", "Open"), new("resolved", "Resolved"), new("dismissed", "Dismissed")];

    public static IReadOnlyList<ChoiceOption> KindOptions { get; } =
        [new("conflict", "Conflicts"), new("note", "Notes"), new("all", "Conflicts and notes")];

    public Task<ReconciliationStatus?> StatusAsync(CancellationToken ct = default) => queries.StatusAsync(ct);

    /// <summary>One page of flags: open ones first, then by type and date.</summary>
    public Task<ConflictPage> LoadAsync(string type, string state, string kind, int skip, int take, CancellationToken ct = default) =>
        queries.ConflictsAsync(new ConflictFilter
        {
            Types = type == AnyValue ? [] : [type],
            States = state == AnyValue ? [] : [state],
            Conflicts = kind switch { "conflict" => true, "note" => false, _ => null },
            Skip = skip,
            Take = take,
        }, ct);

    /// <summary>The conflict and every claim of its point, those it involves first; null when the key is gone (a new run changed it).</summary>
    public async Task<ConflictDetail?> DetailAsync(string key, CancellationToken ct = default)
    {
        if (await queries.ConflictAsync(key, ct) is not { } conflict) return null;
        var point = await queries.PointAsync(conflict.PointKey, ct);
        var claims = (point?.Claims ?? []).OrderByDescending(c => conflict.ClaimIds.Contains(c.Id)).ThenBy(c => c.IsReference).ToList();
        return new ConflictDetail(conflict, point, claims);
    }

    public Task<DecisionOutcome> ResolveAsync(string key, long? claimId, long? value, string? note, CancellationToken ct = default) =>
        decisions.ResolveAsync(key, claimId, value, note, ct);

    public Task<DecisionOutcome> DismissAsync(string key, string? note, CancellationToken ct = default) =>
        decisions.DismissAsync(key, note, ct);

    /// <summary>Every resolution and dismissal, newest first.</summary>
    public Task<IReadOnlyList<DecisionView>> HistoryAsync(int take = 200, CancellationToken ct = default) => queries.DecisionsAsync(take, ct);

    public static string TypeLabel(string code) => code switch
    {
        "cross_source" => "Cross-source",
        "transcription" => "Transcription",
        "stale_citation" => "Stale citation (note)",
        "decrease" => "Decrease",
        "jump" => "Jump",
        "retroactive_addition" => "Retroactive addition (note)",
        "inconsistent_parts" => "Inconsistent parts",
        "reset" => "Reset (note)",
        "reference_departure" => "Reference departure",
        _ => code,
    };

    /// <summary>Where the claim comes from: the outlet (or the published series) and the issuing authority.</summary>
    public static string SourceLabel(ClaimView claim) =>
        claim.IsReference ? $"{claim.Authority} published series ({claim.Outlet ?? "reference"})" : $"{claim.Authority}, quoted by {claim.Outlet ?? "an unnamed outlet"}";

    /// <summary><c>rtl</c> for text holding Arabic letters, else <c>ltr</c>.</summary>
    public static string Direction(string? text) =>
        text is not null && text.Any(c => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF') ? "rtl" : "ltr";
}
