using System.Security.Claims;

namespace CasualtyDashboard.Data.Accounts;

/// <summary>The ASP.NET Core Identity roles: Viewer reads; Analyst also reviews, corrects, annotates, resolves and imports; Admin also runs users, feeds, keys and jobs.</summary>
public static class Roles
{
    public const string Viewer = "Viewer";
    public const string Analyst = "Analyst";
    public const string Admin = "Admin";

    /// <summary>Every role, weakest first.</summary>
    public static IReadOnlyList<string> All { get; } = [Viewer, Analyst, Admin];

    /// <summary>The role spelled as one of <see cref="All"/> (any case), or null.</summary>
    public static string? Parse(string? name) => All.FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>What an API key may do, carried as claims of type <see cref="ClaimType"/>.</summary>
public static class ApiKeyScopes
{
    public const string ClaimType = "scope";
    public const string Read = "read";
    public const string Ingest = "ingest";
    public const string Decide = "decide";

    public static IReadOnlyList<string> All { get; } = [Read, Ingest, Decide];
}

/// <summary>What a write or a read needs; the web app's authorization policies are built from <see cref="Permissions.Allows"/> too.</summary>
public enum Permission
{
    /// <summary>Pages and read endpoints: any role, or the <c>read</c> scope.</summary>
    Read,

    /// <summary>Articles and reference files in: Analyst or Admin, or the <c>ingest</c> scope.</summary>
    Ingest,

    /// <summary>Reviews, corrections, notes, resolutions and dismissals: Analyst or Admin, or the <c>decide</c> scope.</summary>
    Decide,

    /// <summary>Users, API keys, feeds, jobs: the Admin role only (no key scope grants it).</summary>
    Admin,
}

public static class Permissions
{
    /// <summary>True when <paramref name="user"/> (signed in, or an API key) holds a role or scope that grants <paramref name="permission"/>.</summary>
    public static bool Allows(ClaimsPrincipal? user, Permission permission)
    {
        if (user?.Identity?.IsAuthenticated != true) return false;
        return permission switch
        {
            Permission.Read => Roles.All.Any(user.IsInRole) || HasScope(user, ApiKeyScopes.Read),
            Permission.Ingest => user.IsInRole(Roles.Analyst) || user.IsInRole(Roles.Admin) || HasScope(user, ApiKeyScopes.Ingest),
            Permission.Decide => user.IsInRole(Roles.Analyst) || user.IsInRole(Roles.Admin) || HasScope(user, ApiKeyScopes.Decide),
            Permission.Admin => user.IsInRole(Roles.Admin),
            _ => false,
        };
    }

    private static bool HasScope(ClaimsPrincipal user, string scope) => user.HasClaim(ApiKeyScopes.ClaimType, scope);
}
