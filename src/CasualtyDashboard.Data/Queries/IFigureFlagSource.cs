namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// HOOK for the reconciliation tables: the conflict flags touching each figure, for the exports' <c>conflict_flags</c>
/// column. Until reconciliation stores flags, <see cref="NoFigureFlags"/> answers none; register the real source after
/// <c>AddReview()</c> (<c>services.AddSingleton&lt;IFigureFlagSource, TheSource&gt;()</c>) and the last registration wins.
/// </summary>
public interface IFigureFlagSource
{
    /// <summary>
    /// Flag descriptions (e.g. <c>cross_source (open)</c>) of every flagged figure, by figure id, read once per export:
    /// flags are the last reconciliation's output (thousands, not millions), and asking per chunk of figures made the
    /// database scan every flag's claim list once a chunk.
    /// </summary>
    Task<IReadOnlyDictionary<long, IReadOnlyList<string>>> AllAsync(CancellationToken ct);
}
