using CasualtyDashboard.Data.Analysts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Data.Accounts;

/// <summary>
/// Accounts for Admins (the users page), the CLI (<c>casualty users add</c>) and the first start. Each call works in its
/// own scope (a fresh <see cref="UserManager{TUser}"/> and context), so a long-lived circuit never holds stale users.
/// Every change needs <see cref="Permission.Admin"/> when a user is behind it; the CLI and start-up work run as the system.
/// An account has one role; nobody can lock, remove or demote themselves, and the last Admin stays.
/// </summary>
public sealed class UserAccountService(IServiceScopeFactory scopes, CurrentAnalyst analyst)
{
    /// <summary>The decisions tables keep who decided in 100 characters: emails stay within that.</summary>
    public const int MaxEmailLength = 100;

    public async Task<AccountResult> CreateAsync(string email, string password, string role, CancellationToken ct = default)
    {
        analyst.Demand(Permission.Admin);
        email = email.Trim();
        if (Roles.Parse(role) is not { } roleName) return AccountResult.Fail($"Unknown role '{role}': {string.Join(", ", Roles.All)}.");
        if (email.Length > MaxEmailLength) return AccountResult.Fail($"The email is longer than {MaxEmailLength} characters.");
        if (!email.Contains('@', StringComparison.Ordinal)) return AccountResult.Fail($"'{email}' is not an email address.");
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true, LockoutEnabled = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return Errors(created);
        var added = await users.AddToRoleAsync(user, roleName);
        return added.Succeeded ? AccountResult.Ok : Errors(added);
    }

    public async Task<IReadOnlyList<UserView>> ListAsync(CancellationToken ct = default)
    {
        analyst.Demand(Permission.Admin);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DashboardDbContext>();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.NormalizedEmail)
            .Select(u => new { u.Id, u.Email, u.LockoutEnd, u.AccessFailedCount }).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var now = DateTimeOffset.UtcNow;
        return users.Select(u => new UserView(u.Id, u.Email ?? "",
            Roles.All.LastOrDefault(r => roles.Any(x => x.UserId == u.Id && x.Name == r)),
            u.LockoutEnd > now, u.LockoutEnd > now ? u.LockoutEnd.Value.UtcDateTime : null, u.AccessFailedCount)).ToList();
    }

    /// <summary>True when some account holds the Admin role (the start page says how to create one otherwise).</summary>
    public async Task<bool> AdminExistsAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DashboardDbContext>();
        return await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where r.Name == Roles.Admin select ur).AnyAsync(ct);
    }

    public Task<AccountResult> SetRoleAsync(string userId, string role, CancellationToken ct = default) =>
        ChangeAsync(userId, demotes: Roles.Parse(role) != Roles.Admin, async (users, user) =>
        {
            if (Roles.Parse(role) is not { } roleName) return AccountResult.Fail($"Unknown role '{role}': {string.Join(", ", Roles.All)}.");
            var current = await users.GetRolesAsync(user);
            var removed = await users.RemoveFromRolesAsync(user, current.Where(r => r != roleName));
            if (!removed.Succeeded) return Errors(removed);
            if (!current.Contains(roleName))
            {
                var added = await users.AddToRoleAsync(user, roleName);
                if (!added.Succeeded) return Errors(added);
            }
            return await SignOutEverywhereAsync(users, user);
        });

    /// <summary>Locks the account until unlocked (its sessions end at their next check).</summary>
    public Task<AccountResult> LockAsync(string userId, CancellationToken ct = default) =>
        ChangeAsync(userId, demotes: true, async (users, user) =>
        {
            await users.SetLockoutEnabledAsync(user, true);
            var locked = await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            return locked.Succeeded ? await SignOutEverywhereAsync(users, user) : Errors(locked);
        });

    public Task<AccountResult> UnlockAsync(string userId, CancellationToken ct = default) =>
        ChangeAsync(userId, demotes: false, async (users, user) =>
        {
            var unlocked = await users.SetLockoutEndDateAsync(user, null);
            if (!unlocked.Succeeded) return Errors(unlocked);
            return Result(await users.ResetAccessFailedCountAsync(user));
        });

    public Task<AccountResult> RemoveAsync(string userId, CancellationToken ct = default) =>
        ChangeAsync(userId, demotes: true, async (users, user) => Result(await users.DeleteAsync(user)));

    private async Task<AccountResult> ChangeAsync(string userId, bool demotes, Func<UserManager<IdentityUser>, IdentityUser, Task<AccountResult>> change)
    {
        analyst.Demand(Permission.Admin);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByIdAsync(userId) is not { } user) return AccountResult.Fail("No such account.");
        if (demotes && string.Equals(user.Email, analyst.Name, StringComparison.OrdinalIgnoreCase))
            return AccountResult.Fail("You cannot lock, remove or demote your own account.");
        if (demotes && await users.IsInRoleAsync(user, Roles.Admin))
        {
            var admins = await users.GetUsersInRoleAsync(Roles.Admin);
            if (admins.Count(a => a.Id != user.Id && !(a.LockoutEnd > DateTimeOffset.UtcNow)) == 0)
                return AccountResult.Fail("This is the last Admin who can sign in: make another Admin first.");
        }
        return await change(users, user);
    }

    private static async Task<AccountResult> SignOutEverywhereAsync(UserManager<IdentityUser> users, IdentityUser user) =>
        Result(await users.UpdateSecurityStampAsync(user));

    private static AccountResult Result(IdentityResult result) => result.Succeeded ? AccountResult.Ok : Errors(result);

    private static AccountResult Errors(IdentityResult result) => new(result.Errors.Select(e => e.Description).ToList());
}
