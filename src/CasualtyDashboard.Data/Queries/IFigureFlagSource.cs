namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// HOOK for the reconciliation tables: the conflict flags touching each figure, for the exports' <c>conflict_flags</c>
/// column. Until reconciliation stores flags, <see cref="NoFigureFlags"/> answers none; register the real source after
/// <c>AddReview()</c> (<c>services.AddSingleton&lt;IFigureFlagSource, TheSource&gt;()</c>) and the last registration wins.
/// </summary>
public interface IFigureFlagSource
{
    /// <summary>Flag descriptions (e.g. <c>cross_source</c>) per figure id; figures without flags may be absent.</summary>
    Task<IReadOnlyDictionary<long, IReadOnlyList<string>>> FlagsAsync(IReadOnlyCollection<long> figureIds, CancellationToken ct);
}
