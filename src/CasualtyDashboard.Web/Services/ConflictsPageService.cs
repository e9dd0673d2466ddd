using System.Globalization;
using System.Resources;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Jobs.Reconciliation;
using CasualtyDashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CasualtyDashboard.Web.Services;

/// <summary>The Conflicts page's logic: listing flags, a conflict with its competing claims, and analysts' decisions.</summary>
public sealed class ConflictsPageService(
    ReconciliationQueries queries, AnalystDecisionService decisions, EvidenceContextQuery evidence, IStringLocalizer<SharedResource> l)
{
    public const string AnyValue = "";

    /// <summary>The states a flag can be in, for the state filter.</summary>
    public static IReadOnlyList<string> States { get; } = ["open", "resolved", "dismissed"];

    /// <summary>What the list shows: conflicts, notes, or both.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["conflict", "note", "all"];


    public Task<ReconciliationStatus?> StatusAsync(CancellationToken ct = default) => queries.StatusAsync(ct);

    /// <summary>One page of flags: open ones first, then in <see cref="ConflictPriority"/> order, newest first.</summary>
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
        Problem(note, claimId, value, resolving: true) is { } problem
            ? Task.FromResult(DecisionOutcome.Invalid(problem))
            : decisions.ResolveAsync(key, claimId, value, note, ct);

    public Task<DecisionOutcome> DismissAsync(string key, string? note, CancellationToken ct = default) =>
        Problem(note, null, null, resolving: false) is { } problem
            ? Task.FromResult(DecisionOutcome.Invalid(problem))
            : decisions.DismissAsync(key, note, ct);

    /// <summary>
    /// What the decision service would refuse in what an analyst can type, said in the interface language. The service
    /// stays the authority: its own (English) message shows for what only it can know (a claim gone since, say).
    /// </summary>
    private string? Problem(string? note, long? claimId, long? value, bool resolving) =>
        string.IsNullOrWhiteSpace(note) ? l["Decision.NoteRequired"].Value
        : note.Length > AnalystDecisionService.MaxNoteLength
            ? l["Decision.NoteTooLong", UiFormat.Number(note.Length), UiFormat.Number(AnalystDecisionService.MaxNoteLength)].Value
        : resolving && claimId is null && value is null ? l["Decision.ChooseOrEnter"].Value
        : resolving && value is { } v && v < 0 ? l["Decision.Negative", UiFormat.Number(v)].Value
        : null;

    /// <summary>The sentence each stored news claim was read from, by claim id (a news claim's id is its figure's id).</summary>
    public async Task<IReadOnlyDictionary<long, EvidenceSentence>> SentencesAsync(IEnumerable<ClaimView> claims, CancellationToken ct = default)
    {
        var news = claims.Where(c => !c.IsReference && c.Stored && c.Id > 0).Select(c => c.Id).Distinct().ToList();
        return (await evidence.AroundAsync(news, ct)).ToDictionary(e => e.Key, e => EvidenceSentence.Cut(e.Value.Window, e.Value.Start, e.Value.Length));
    }

    /// <summary>Where a news claim's article opens with the claim's span selected and scrolled to.</summary>
    public static string? ArticleLink(ClaimView claim) =>
        claim is { IsReference: false, Stored: true, ArticleId: { } article } ? $"articles/{article}?figure={claim.Id}#fig-{claim.Id}" : null;

    /// <summary>Every resolution and dismissal, newest first.</summary>
    public Task<IReadOnlyList<DecisionView>> HistoryAsync(int take = 200, CancellationToken ct = default) => queries.DecisionsAsync(take, ct);

    /// <summary><c>rtl</c> for text holding Arabic letters, else <c>ltr</c>.</summary>
    public static string Direction(string? text) =>
        text is not null && text.Any(c => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF') ? "rtl" : "ltr";
}
