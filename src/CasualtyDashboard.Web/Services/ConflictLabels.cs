using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Reconciliation.Conflicts;
using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CasualtyDashboard.Web.Services;

/// <summary>
/// The words of the Conflicts page and the claim cards in the interface language: flag types, states, decisions,
/// reconciliation rules, the filters' choices and where a claim comes from. An unknown code is shown as it is.
/// </summary>
public sealed class ConflictLabels(IStringLocalizer<SharedResource> l, CodeNames names, MessageText messages)
{
    public IReadOnlyList<ChoiceOption> TypeOptions =>
        [new(ConflictsPageService.AnyValue, l["Conflicts.AnyType"]), .. Enum.GetValues<FlagType>().Select(t => new ChoiceOption(t.Code(), Type(t.Code())))];

    public IReadOnlyList<ChoiceOption> StateOptions =>
        [new(ConflictsPageService.AnyValue, l["Conflicts.AnyState"]), .. ConflictsPageService.States.Select(s => new ChoiceOption(s, l[$"Conflicts.Filter.{s}"]))];

    public IReadOnlyList<ChoiceOption> KindOptions =>
        ConflictsPageService.Kinds.Select(k => new ChoiceOption(k, l[$"Conflicts.Kind.{k}"])).ToList();

    public string Type(string code) => Or($"FlagType.{code}", code);

    public string State(string code) => Or($"ConflictState.{code}", code);

    public string DecisionKind(string kind) => Or($"DecisionKind.{kind}", kind);

    public string Rule(string code) => Or($"Rule.{code}", code.Replace('_', ' '));

    /// <summary>Why a flag was raised, or why a rule chose a value, in the interface language.</summary>
    public string Why(Message reason) => messages.Text(reason);

    /// <summary>The qualifier beside a claim's value; nothing for an exact one.</summary>
    public string Qualifier(string code) => code is "exact" or "" ? "" : Or($"Code.{code}", code.Replace('_', ' '));

    /// <summary>Where the claim comes from: the outlet (or the published series) and the issuing authority.</summary>
    public MarkupString Source(ClaimView claim) => claim.IsReference
        ? l.Isolated("Claim.ReferenceSource", names.Authority(claim.Authority), claim.Outlet ?? l["Claim.Reference"])
        : l.Isolated("Claim.NewsSource", names.Authority(claim.Authority), claim.Outlet ?? l["Claim.UnnamedOutlet"]);

    /// <summary>When the claim was reported (reference) or published (news), and its number.</summary>
    public MarkupString When(ClaimView claim) =>
        BidiText.Format("{0} · {1}",
            l.Isolated(claim.IsReference ? "Claim.Reported" : "Claim.Published",
                claim.Published is { } d ? BidiText.Ltr(UiFormat.Date(d)) : l["Claim.DateUnknown"].Value),
            l.Isolated("Claim.Id", BidiText.Ltr(claim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>Who decided the conflict and when, with the value chosen or entered when it was resolved, before the note.</summary>
    public MarkupString Decision(ConflictView conflict)
    {
        var who = l.Isolated(conflict.State == "resolved" ? "Conflicts.ResolvedBy" : "Conflicts.DismissedBy", BidiText.Strong(conflict.DecisionBy ?? ""),
            BidiText.Ltr(conflict.DecisionAt is { } at ? UiFormat.Minute(at) : ""));
        if (conflict.ResolvedValue is not { } value) return BidiText.Format("{0}:", who);
        var what = conflict.ChosenClaimId is { } claim
            ? l.Isolated("Conflicts.WithClaim", BidiText.Ltr(UiFormat.Number(value)), BidiText.Ltr(claim.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : l.Isolated("Conflicts.WithEntered", BidiText.Ltr(UiFormat.Number(value)));
        return BidiText.Format("{0} {1}:", who, what);
    }

    /// <summary>Why a claim that is not its source's current statement is listed.</summary>
    public string Role(string role) => l[role == "restatement" ? "Claim.Restatement" : "Claim.EarlierThatDay"];

    private string Or(string key, string fallback) => l[key] is { ResourceNotFound: false } s ? s.Value : fallback;
}
