using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Data.Accounts;

public static class AccountServices
{
    /// <summary>
    /// Identity's user and role managers on the EF Core stores of <see cref="DashboardDbContext"/>, the <c>Accounts</c>
    /// settings (password length, lockout), and the account and API key services. Used by the app and the CLI alike;
    /// the app adds sign-in and cookies on top. Never sets <c>IdentityOptions.Stores</c>: the model must not depend on it.
    /// </summary>
    public static IServiceCollection AddDashboardAccounts(this IServiceCollection services)
    {
        services.AddOptions<AccountsOptions>().BindConfiguration(AccountsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext());
        services.AddIdentityCore<IdentityUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<DashboardDbContext>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountsOptions>>((identity, accounts) => Configure(identity, accounts.Value));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<UserAccountService>();
        services.AddSingleton<ApiKeyService>();
        return services;
    }

    public static void Configure(IdentityOptions identity, AccountsOptions accounts)
    {
        identity.User.RequireUniqueEmail = true;
        identity.SignIn.RequireConfirmedAccount = false;
        identity.SignIn.RequireConfirmedEmail = false;
        identity.Password.RequiredLength = accounts.MinPasswordLength;
        identity.Password.RequireDigit = false;
        identity.Password.RequireLowercase = false;
        identity.Password.RequireUppercase = false;
        identity.Password.RequireNonAlphanumeric = false;
        identity.Password.RequiredUniqueChars = 4;
        identity.Lockout.AllowedForNewUsers = true;
        identity.Lockout.MaxFailedAccessAttempts = accounts.MaxFailedSignIns;
        identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(accounts.LockoutMinutes);
    }
}
