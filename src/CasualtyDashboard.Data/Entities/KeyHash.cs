using System.Security.Cryptography;
using System.Text;

namespace CasualtyDashboard.Data.Entities;

/// <summary>
/// SHA-256 (lower-case hex, 64 characters) of a long string that must be unique or looked up: URLs, feed item keys and
/// conflict keys run to 2,000 characters, past what SQL Server can index (900 bytes, <c>nvarchar(450)</c>), so the hash
/// column carries the index and the full string stays beside it. Lookups compare the hash, then the string.
/// </summary>
public static class KeyHash
{
    public const int Length = 64;

    public static string? Of(string? value) =>
        value is null ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}

/// <summary>An entity with a <see cref="KeyHash"/> column; rows stored before the column existed get it filled once.</summary>
internal interface IKeyHashed
{
    void RefreshKeyHash();
}
