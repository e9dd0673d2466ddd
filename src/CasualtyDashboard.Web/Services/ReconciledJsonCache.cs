using System.Text.Json;
using CasualtyDashboard.Data.Queries;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Web.Services;

/// <summary>
/// The JSON of <c>GET /api/series</c> and <c>GET /api/series/{id}/points</c>, serialized once per
/// <see cref="ReconciliationVersion"/> and answered from memory until the version moves (a run, a resolution, a
/// dismissal or a reference import, in this process or another on the same database): every request asks the database
/// only for the version (four primary-key maxima), where it read and serialized a series' every point and claim before
/// (decision 048). Concurrent first requests for one entry share one computation; the entries of an older version are
/// dropped when a newer one is seen; at most <see cref="MaxEntries"/> are kept.
/// </summary>
public sealed class ReconciledJsonCache(ReconciliationQueries queries, IOptions<JsonOptions> json)
{
    public const int MaxEntries = 1024;

    private readonly VersionedEntries<byte[]?> _entries = new();

    /// <summary>How many entries were computed (not answered from memory) since start: for the tests and diagnostics.</summary>
    public long Computed => Interlocked.Read(ref _computed);
    private long _computed;

    /// <summary>
    /// The UTF-8 JSON of <paramref name="build"/>'s value for <paramref name="key"/> at the current version, or null when
    /// it gives null (not found). <paramref name="build"/> runs at most once per key and version in the usual case.
    /// </summary>
    public async Task<byte[]?> GetAsync(string key, Func<CancellationToken, Task<object?>> build, CancellationToken ct)
    {
        var generation = _entries.At(await queries.VersionAsync(ct));
        if (generation.Count >= MaxEntries) generation.Clear();
        return await generation.GetAsync(key, () => ComputeAsync(build), ct);
    }

    // Not the request's token: the computation is shared by every request waiting on it, and one leaving must not cancel it.
    private async Task<byte[]?> ComputeAsync(Func<CancellationToken, Task<object?>> build)
    {
        Interlocked.Increment(ref _computed);
        var value = await build(CancellationToken.None);
        return value is null ? null : JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json.Value.SerializerOptions);
    }
}
