using System.ComponentModel.DataAnnotations;

namespace CasualtyDashboard.Data.Accounts;

/// <summary>The <c>Accounts</c> settings section.</summary>
public sealed class AccountsOptions
{
    public const string SectionName = "Accounts";

    /// <summary>Pages and read endpoints answer without a login (writes always need one).</summary>
    public bool AnonymousRead { get; set; }

    /// <summary>Failed sign-ins in a row before the account is locked for <see cref="LockoutMinutes"/>.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Shortest password accepted (no other composition rule: length is what counts).</summary>
    [Range(8, 128)]
    public int MinPasswordLength { get; set; } = 10;

    /// <summary>Days a sign-in lasts without activity (sliding).</summary>
    [Range(1, 365)]
    public int CookieDays { get; set; } = 14;

    /// <summary>The first Admin, created at start when no Admin exists and both are set (environment variables, never a file in the repository).</summary>
    public InitialAdminOptions InitialAdmin { get; set; } = new();

    /// <summary>Sign-in form posts per client address and minute.</summary>
    [Range(1, 10000)]
    public int SignInPerMinute { get; set; } = 10;

    /// <summary><c>/api</c> requests per client (key, user, else address) and minute.</summary>
    [Range(1, 1_000_000)]
    public int ApiPerMinute { get; set; } = 1200;
}

public sealed class InitialAdminOptions
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}
