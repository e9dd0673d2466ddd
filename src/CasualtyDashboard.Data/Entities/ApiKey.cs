namespace CasualtyDashboard.Data.Entities;

/// <summary>
/// A key for scripts: <c>cdk_PREFIX_SECRET</c>, shown once when created. Only the public <see cref="Prefix"/> (for the
/// lookup) and the SHA-256 of the whole key are kept; the secret is 32 random bytes, so a plain hash is enough.
/// </summary>
public sealed class ApiKey
{
    public long Id { get; set; }

    /// <summary>Who or what uses it ("nightly-import"); recorded as <c>key:NAME</c> on every write it makes.</summary>
    public string Name { get; set; } = "";

    /// <summary>The public part after <c>cdk_</c>, unique, used to find the row.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>SHA-256 of the whole key (32 bytes).</summary>
    public byte[] SecretHash { get; set; } = [];

    /// <summary>Scopes separated by spaces: <c>read</c>, <c>ingest</c>, <c>decide</c>.</summary>
    public string Scopes { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>The last request made with it, to the minute (written at most once a minute).</summary>
    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }
}
