namespace CasualtyDashboard.Data.Queries;

/// <summary>No conflict flags: the stand-in until the reconciliation tables exist (see <see cref="IFigureFlagSource"/>).</summary>
public sealed class NoFigureFlags : IFigureFlagSource
{
    private static readonly IReadOnlyDictionary<long, IReadOnlyList<string>> None = new Dictionary<long, IReadOnlyList<string>>();

    public Task<IReadOnlyDictionary<long, IReadOnlyList<string>>> AllAsync(CancellationToken ct) =>
        Task.FromResult(None);
}
