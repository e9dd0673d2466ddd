using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Reconciliation.Series;
using M = CasualtyDashboard.Reconciliation.Messages.ReconciliationMessages;

namespace CasualtyDashboard.Reconciliation.Conflicts;

/// <summary>Phrases of flag reasons and explanations, as <see cref="Message"/> arguments.</summary>
internal static class Describe
{
    public static MessageArg Day(DateOnly date) => MessageArg.Day(date);

    public static MessageArg Number(long value) => MessageArg.Number(value);

    public static MessageArg Number(double value) => MessageArg.Number(value);

    /// <summary>"2716 (RT, claim 12)".</summary>
    public static Message ClaimPhrase(Claim claim)
    {
        var id = MessageArg.Text(claim.ClaimId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return claim.IsReference ? Message.Of(M.ClaimOfReference, Number(claim.Value), id)
            : claim.Outlet is { } outlet ? Message.Of(M.ClaimOfOutlet, Number(claim.Value), MessageArg.Text(outlet), id)
            : Message.Of(M.ClaimOfAuthority, Number(claim.Value), MessageArg.Authority(claim.Authority), id);
    }

    public static MessageArg Claim(Claim claim) => MessageArg.Of(ClaimPhrase(claim));

    public static MessageArg Claims(IEnumerable<Claim> claims) => MessageArg.List(claims.Select(ClaimPhrase));

    /// <summary>The authority, "(reference)" after it for a published series.</summary>
    public static MessageArg Label(SourceValue source) => source.IsReference
        ? MessageArg.Of(Message.Of(M.ReferenceLabel, MessageArg.Authority(source.Authority)))
        : MessageArg.Authority(source.Authority);

    public static MessageArg Labels(IEnumerable<SourceValue> sources) => MessageArg.List(sources.Select(s => Message.Of(M.Value, Label(s))));

    /// <summary>"gaza_moh 10328 (Al Jazeera, claim 4)".</summary>
    public static Message Source(SourceValue source) => Message.Of(M.SourceClaim, Label(source), Claim(source.Latest));

    public static MessageArg Sources(IEnumerable<SourceValue> sources) => MessageArg.List(sources.Select(Source));

    /// <summary>The source's part of a conflict key: the authority, with <c>@ref</c> for a reference series.</summary>
    public static string KeyPart(SourceValue source) => source.IsReference ? source.Authority + "@ref" : source.Authority;
}
