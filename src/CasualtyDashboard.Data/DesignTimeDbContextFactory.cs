using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CasualtyDashboard.Data;

/// <summary>
/// What <c>dotnet ef</c> builds the context with: <c>-- --provider Sqlite|SqlServer|PostgreSql</c> picks the provider (and
/// so its migrations assembly); without it, the provider of the migrations project that derives from this class (each
/// has one, so that <c>dotnet ef</c> finds the context there even before its first migration). Generating migrations and scripts needs no running database, so the connection strings
/// below are placeholders unless <c>--connection</c> is given (for <c>dotnet ef database update</c>).
/// </summary>
public abstract class DesignTimeDbContextFactory(DatabaseProvider defaultProvider) : IDesignTimeDbContextFactory<DashboardDbContext>
{
    public DashboardDbContext CreateDbContext(string[] args)
    {
        var provider = Argument(args, "--provider") is { } named ? DatabaseProviders.Parse(named) : defaultProvider;
        var connection = Argument(args, "--connection") ?? provider switch
        {
            DatabaseProvider.SqlServer => "Server=localhost;Database=CasualtyDashboard;Integrated Security=true;TrustServerCertificate=true",
            DatabaseProvider.PostgreSql => "Host=localhost;Database=casualty;Username=casualty",
            _ => DataOptions.DefaultConnectionString,
        };
        return new DashboardDbContext(DatabaseProviders.OptionsFor(provider, connection));
    }

    private static string? Argument(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
