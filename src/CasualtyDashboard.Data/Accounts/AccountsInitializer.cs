using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Data.Accounts;

/// <summary>
/// At start, after the migrations: the roles exist, and when no Admin does, the one named by
/// <c>Accounts:InitialAdmin:Email</c> and <c>:Password</c> (environment variables) is created. No default password
/// exists: without those settings the app starts with no Admin and says how to create one.
/// </summary>
public sealed class AccountsInitializer(
    IServiceScopeFactory scopes, UserAccountService accounts, IOptions<AccountsOptions> options, ILogger<AccountsInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await SeedRolesAsync(scopes, cancellationToken);
        if (await accounts.AdminExistsAsync(cancellationToken)) return;
        var initial = options.Value.InitialAdmin;
        if (string.IsNullOrWhiteSpace(initial.Email) || string.IsNullOrEmpty(initial.Password))
        {
            logger.LogWarning("No Admin account exists. Create one with `casualty users add --admin EMAIL`, or start the app once with " +
                "Accounts__InitialAdmin__Email and Accounts__InitialAdmin__Password set.");
            return;
        }
        AccountResult created;
        try
        {
            created = await accounts.CreateAsync(initial.Email, initial.Password, Roles.Admin, cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            created = AccountResult.Fail(ex.GetBaseException().Message);
        }
        // Another instance starting on the same database may have created it first.
        if (!created.Succeeded && await accounts.AdminExistsAsync(cancellationToken)) return;
        if (!created.Succeeded)
            throw new InvalidOperationException($"Accounts:InitialAdmin could not be created: {created}");
        logger.LogInformation("Created the first Admin, {Email}, from Accounts:InitialAdmin", initial.Email.Trim());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<bool> RoleExistsAfreshAsync(IServiceScopeFactory scopes, string role)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>().RoleExistsAsync(role);
    }

    /// <summary>Adds the roles of <see cref="Roles.All"/> that are missing.</summary>
    public static async Task SeedRolesAsync(IServiceScopeFactory scopes, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (await roles.RoleExistsAsync(role)) continue;
            IdentityResult created;
            try
            {
                created = await roles.CreateAsync(new IdentityRole(role));
            }
            catch (DbUpdateException ex)
            {
                created = IdentityResult.Failed(new IdentityError { Description = ex.GetBaseException().Message });
            }
            // Another instance starting at the same time may have created it.
            if (!created.Succeeded && !await RoleExistsAfreshAsync(scopes, role))
                throw new InvalidOperationException($"The role {role} could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }
    }
}
