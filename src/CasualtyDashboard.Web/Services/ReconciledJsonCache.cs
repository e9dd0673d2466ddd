using System.Collections.Concurrent;
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

    private Generation _current = new(default);

    /// <summary>How many entries were computed (not answered from memory) since start: for the tests and diagnostics.</summary>
    public long Computed => Interlocked.Read(ref _computed);
    private long _computed;

    /// <summary>
    /// The UTF-8 JSON of <paramref name="build"/>'s value for <paramref name="key"/> at the current version, or null when
    /// it gives null (not found). <paramref name="build"/> runs at most once per key and version in the usual case.
    /// </summary>
    public async Task<byte[]?> GetAsync(string key, Func<CancellationToken, Task<object?>> build, CancellationToken ct)
    {
        var version = await queries.VersionAsync(ct);
        var generation = _current;
        if (generation.Version != version)
        {
            // Only ever forward: a request that read an older version (it started before a run ended) gets a generation
            // of its own, as does one that lost the race to another version.
            var fresh = new Generation(version);
            generation = version.IsAfter(generation.Version) && Interlocked.CompareExchange(ref _current, fresh, generation) == generation ? fresh : _current;
            if (generation.Version != version) generation = fresh;
        }
        if (generation.Entries.Count >= MaxEntries) generation.Entries.Clear();
        var entry = generation.Entries.GetOrAdd(key, _ => new Lazy<Task<byte[]?>>(() => ComputeAsync(build)));
        try
        {
            return await entry.Value.WaitAsync(ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            generation.Entries.TryRemove(new KeyValuePair<string, Lazy<Task<byte[]?>>>(key, entry));
            throw;
        }
    }

    // Not the request's token: the computation is shared by every request waiting on it, and one leaving must not cancel it.
    private async Task<byte[]?> ComputeAsync(Func<CancellationToken, Task<object?>> build)
    {
        Interlocked.Increment(ref _computed);
        var value = await build(CancellationToken.None);
        return value is null ? null : JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json.Value.SerializerOptions);
    }

    private sealed class Generation(ReconciliationVersion version)
    {
        public ReconciliationVersion Version { get; } = version;
        public ConcurrentDictionary<string, Lazy<Task<byte[]?>>> Entries { get; } = new(StringComparer.Ordinal);
    }
}
