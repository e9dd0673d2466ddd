using CasualtyDashboard.Data.Accounts;
using CasualtyDashboard.Data.Providers;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CasualtyDashboard.Data;

public static class DependencyInjection
{
    /// <summary>
    /// The database (<c>Database:Provider</c> with <c>ConnectionStrings:Dashboard</c>; SQLite in data/casualty.db when
    /// neither is set), a context factory, queries, and migrations at start.
    /// </summary>
    public static IHostApplicationBuilder AddDashboardData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DataOptions>().BindConfiguration(DataOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName);
        var provider = DatabaseProviders.ReadProvider(builder.Configuration);
        var configured = builder.Configuration.GetConnectionString(DataOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (provider != DatabaseProvider.Sqlite)
                throw new InvalidOperationException($"Database:Provider is {provider}: set ConnectionStrings:Dashboard to its connection string.");
            configured = DataOptions.DefaultConnectionString;
        }
        var connectionString = ProviderAdapters.Of(provider).PrepareConnectionString(configured, builder.Environment.ContentRootPath);
        var timeout = builder.Configuration.GetValue($"{DataOptions.SectionName}:{nameof(DataOptions.CommandTimeoutSeconds)}", 60);
        builder.Services.AddDbContextFactory<DashboardDbContext>(o => DatabaseProviders.Configure(o, provider, connectionString, timeout));
        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddSingleton<FigureQueries>();
        builder.Services.AddSingleton<DatabaseHealth>();
        builder.Services.AddSingleton<JobRunQueries>();
        builder.Services.AddReview();
        builder.Services.AddDashboardAccounts();
        builder.Services.AddHostedService<AccountsInitializer>();
        return builder;
    }

    /// <summary>A SQLite context's options (tests and the CLI's SQLite file); see <see cref="DatabaseProviders.Configure"/>.</summary>
    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString, int commandTimeoutSeconds = 60) =>
        DatabaseProviders.Configure(options, DatabaseProvider.Sqlite, connectionString, commandTimeoutSeconds);
}
