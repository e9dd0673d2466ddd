using System.Security.Cryptography;
using System.Text;
using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Accounts;

/// <summary>One API key as the keys page lists it (never its secret).</summary>
public sealed record ApiKeyView(long Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTime CreatedAt, string CreatedBy,
    DateTime? LastUsedAt, DateTime? RevokedAt, string? RevokedBy)
{
    public bool Revoked => RevokedAt is not null;
}

/// <summary>A key just created: <see cref="Token"/> is shown once and never stored.</summary>
public sealed record CreatedApiKey(ApiKeyView Key, string Token);

/// <summary>
/// API keys: <c>cdk_PREFIX_SECRET</c> with an 8-character public prefix (the lookup) and a secret of 32 random bytes
/// (base64url). Only SHA-256 of the whole key is stored: for a random 256-bit secret a slow password hash adds nothing
/// (docs/decisions/023). Created and revoked by Admins; the check compares hashes in fixed time.
/// </summary>
public sealed class ApiKeyService(IDbContextFactory<DashboardDbContext> factory, CurrentAnalyst analyst, TimeProvider clock)
{
    public const string TokenStart = "cdk_";
    public const int PrefixLength = 8;
    public const int MaxNameLength = 60;

    /// <summary>Last-used times are written at most this often per key (one UPDATE, no read).</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private const string PrefixAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public async Task<(CreatedApiKey? Created, string? Error)> CreateAsync(string name, IEnumerable<string> scopes, CancellationToken ct = default)
    {
        analyst.Demand(Permission.Admin);
        name = name.Trim();
        var chosen = scopes.Select(s => s.Trim().ToLowerInvariant()).Distinct().ToList();
        if (name.Length is 0 or > MaxNameLength) return (null, $"Give the key a name of 1 to {MaxNameLength} characters.");
        if (chosen.Count == 0) return (null, $"Choose at least one scope: {string.Join(", ", ApiKeyScopes.All)}.");
        if (chosen.FirstOrDefault(s => !ApiKeyScopes.All.Contains(s)) is { } unknown)
            return (null, $"Unknown scope '{unknown}': {string.Join(", ", ApiKeyScopes.All)}.");
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.ApiKeys.AnyAsync(k => k.Name == name && k.RevokedAt == null, ct))
            return (null, $"A key named '{name}' exists: revoke it first or choose another name.");

        var prefix = RandomNumberGenerator.GetString(PrefixAlphabet, PrefixLength);
        var token = TokenStart + prefix + "_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Name = name,
            Prefix = prefix,
            SecretHash = Hash(token),
            Scopes = string.Join(' ', ApiKeyScopes.All.Where(chosen.Contains)),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = analyst.Name,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return (new CreatedApiKey(View(key), token), null);
    }

    public async Task<bool> RevokeAsync(long id, CancellationToken ct = default)
    {
        analyst.Demand(Permission.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var by = analyst.Name;
        return await db.ApiKeys.Where(k => k.Id == id && k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now).SetProperty(k => k.RevokedBy, by), ct) == 1;
    }

    public async Task<IReadOnlyList<ApiKeyView>> ListAsync(CancellationToken ct = default)
    {
        analyst.Demand(Permission.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        var keys = await db.ApiKeys.AsNoTracking().OrderBy(k => k.RevokedAt != null).ThenByDescending(k => k.Id).ToListAsync(ct);
        return keys.Select(View).ToList();
    }

    /// <summary>The live key a presented token is, else null (unknown, wrong secret, revoked); records its use.</summary>
    public async Task<ApiKeyView?> ValidateAsync(string token, CancellationToken ct = default)
    {
        if (ParsePrefix(token) is not { } prefix) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, ct);
        if (key is null || key.RevokedAt is not null || !CryptographicOperations.FixedTimeEquals(key.SecretHash, Hash(token))) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is not { } last || now - last >= LastUsedResolution)
        {
            var before = now - LastUsedResolution;
            await db.ApiKeys.Where(k => k.Id == key.Id && (k.LastUsedAt == null || k.LastUsedAt < before))
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), ct);
            key.LastUsedAt = now;
        }
        return View(key);
    }

    /// <summary>The public prefix of a well-formed token, else null.</summary>
    public static string? ParsePrefix(string token)
    {
        if (!token.StartsWith(TokenStart, StringComparison.Ordinal) || token.Length < TokenStart.Length + PrefixLength + 2) return null;
        if (token[TokenStart.Length + PrefixLength] != '_') return null;
        var prefix = token.Substring(TokenStart.Length, PrefixLength);
        return prefix.All(PrefixAlphabet.Contains) ? prefix : null;
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static ApiKeyView View(ApiKey k) => new(k.Id, k.Name, k.Prefix, k.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        k.CreatedAt, k.CreatedBy, k.LastUsedAt, k.RevokedAt, k.RevokedBy);
}
