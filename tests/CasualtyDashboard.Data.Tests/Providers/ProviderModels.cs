using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Tests.Providers;

/// <summary>Contexts on each provider with no engine behind them: enough to build the model, diff it, script and translate.</summary>
internal static class ProviderModels
{
    /// <summary>Connection strings that are never opened (or fail at once on a closed port).</summary>
    public static string DeadConnection(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.SqlServer => "Server=127.0.0.1,1;Database=casualty;User Id=x;Password=x;Connect Timeout=1;TrustServerCertificate=true",
        DatabaseProvider.PostgreSql => "Host=127.0.0.1;Port=1;Database=casualty;Username=x;Password=x;Timeout=1",
        _ => "Data Source=:memory:",
    };

    public static DashboardDbContext Offline(DatabaseProvider provider, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var builder = DatabaseProviders.Configure(new DbContextOptionsBuilder<DashboardDbContext>(), provider, DeadConnection(provider));
        if (interceptors.Length > 0) builder.AddInterceptors(interceptors);
        return new DashboardDbContext((DbContextOptions<DashboardDbContext>)builder.Options);
    }

    public static TheoryData<DatabaseProvider> All => [DatabaseProvider.Sqlite, DatabaseProvider.SqlServer, DatabaseProvider.PostgreSql];
}
