using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Web.Services.Dashboard;

/// <summary>
/// The whole sentence of each news claim's evidence (a point's few claims, on a click): cut from the window of its article
/// that <see cref="EvidenceContextQuery"/> reads, as the claim cards of the Conflicts page do.
/// </summary>
public sealed class ClaimSentenceQuery(EvidenceContextQuery evidence)
{
    public async Task<IReadOnlyDictionary<long, EvidenceSentence>> ForAsync(IEnumerable<long> figureIds, CancellationToken ct = default)
    {
        var ids = figureIds.Where(id => id > 0).Distinct().ToList();
        return (await evidence.AroundAsync(ids, ct)).ToDictionary(e => e.Key, e => EvidenceSentence.Cut(e.Value.Window, e.Value.Start, e.Value.Length));
    }
}
