using CasualtyDashboard.Data.Providers;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CasualtyDashboard.Data;

public static class DependencyInjection
{
    /// <summary>The SQLite database (<c>ConnectionStrings:Dashboard</c>), a context factory, queries, and migrations at start.</summary>
    public static IHostApplicationBuilder AddDashboardData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DataOptions>().BindConfiguration(DataOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var configured = builder.Configuration.GetConnectionString(DataOptions.ConnectionStringName) ?? DataOptions.DefaultConnectionString;
        var connectionString = SqliteProviderAdapter.PrepareConnectionString(configured, builder.Environment.ContentRootPath);
        var timeout = builder.Configuration.GetValue($"{DataOptions.SectionName}:{nameof(DataOptions.CommandTimeoutSeconds)}", 60);
        builder.Services.AddDbContextFactory<DashboardDbContext>(o => ConfigureSqlite(o, connectionString, timeout));
        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddSingleton<FigureQueries>();
        builder.Services.AddSingleton<JobRunQueries>();
        builder.Services.AddReview();
        return builder;
    }

    /// <summary>The one place the provider is chosen; tests and the CLI use it too.</summary>
    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString, int commandTimeoutSeconds = 60) =>
        options.UseSqlite(connectionString, s => s.CommandTimeout(commandTimeoutSeconds))
            // Migrations are hand-written without a model snapshot (no design-time package here); the schema test
            // proves they build exactly the model, which is what this warning would otherwise check.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
