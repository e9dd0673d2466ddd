using System.Security.Claims;
using CasualtyDashboard.Data.Accounts;

namespace CasualtyDashboard.Data.Analysts;

/// <summary>
/// Where the user of the work going on now comes from: the HTTP request's, or the Blazor circuit's. A source answers
/// null outside its own context (a job, start-up work), and an unauthenticated principal for an anonymous visitor.
/// </summary>
public interface ICurrentUserSource
{
    ClaimsPrincipal? User { get; }
}

/// <summary>
/// The actor a write is recorded as and the check a write makes: the signed-in user (their email), an API key
/// (<c>key:NAME</c>), or <see cref="SystemName"/> for work no user started (jobs, start-up imports, the CLI).
/// </summary>
public sealed class CurrentAnalyst(IEnumerable<ICurrentUserSource> sources)
{
    /// <summary>The name recorded for work without a user.</summary>
    public const string SystemName = "system";

    /// <summary>The prefix of an API key's actor name.</summary>
    public const string KeyPrefix = "key:";

    /// <summary>The user of this request or circuit; null when no request or circuit is behind the work.</summary>
    public ClaimsPrincipal? User => sources.Select(s => s.User).FirstOrDefault(u => u is not null);

    /// <summary>The email of the signed-in user, <c>key:NAME</c> for an API key, else <see cref="SystemName"/>.</summary>
    public string Name => NameOf(User);

    /// <summary>
    /// Refuses the work when a user (or an anonymous visitor) is behind it without <paramref name="permission"/>; work no
    /// user started is always allowed. Services call this before every write, whatever button or endpoint called them.
    /// </summary>
    public void Demand(Permission permission)
    {
        if (User is { } user && !Permissions.Allows(user, permission)) throw new PermissionDeniedException(permission, NameOf(user));
    }

    /// <summary>Whether the current user (or the system) may do <paramref name="permission"/>, for showing or hiding a button.</summary>
    public bool Allows(Permission permission) => User is not { } user || Permissions.Allows(user, permission);

    public static string NameOf(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return user is null ? SystemName : "anonymous";
        var name = user.FindFirst(ClaimTypes.Email)?.Value ?? user.Identity.Name;
        return string.IsNullOrWhiteSpace(name) ? SystemName : name.Trim();
    }

    /// <summary>An actor with a fixed name and every permission (tests, benchmarks, tools).</summary>
    public static CurrentAnalyst Named(string name) => new([new FixedUser(name)]);

    private sealed class FixedUser(string name) : ICurrentUserSource
    {
        public ClaimsPrincipal? User { get; } = new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, Roles.Admin)], "fixed"));
    }
}

/// <summary>A write refused because the user behind it lacks the role or key scope it needs.</summary>
public sealed class PermissionDeniedException(Permission permission, string actor)
    : UnauthorizedAccessException($"{actor} may not do this: it needs the {permission} permission.")
{
    public Permission Permission { get; } = permission;
}
