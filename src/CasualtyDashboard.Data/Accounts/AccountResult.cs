namespace CasualtyDashboard.Data.Accounts;

/// <summary>What became of an account change: done, or the reasons it was refused (shown to the admin as they are).</summary>
public sealed record AccountResult(IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static AccountResult Ok { get; } = new([]);

    public static AccountResult Fail(params string[] errors) => new(errors);

    public override string ToString() => Succeeded ? "ok" : string.Join(" ", Errors);
}

/// <summary>One account as the users list shows it.</summary>
public sealed record UserView(string Id, string Email, string? Role, bool Locked, DateTime? LockedUntil, int FailedSignIns);
