using System.Data;
using System.Data.Common;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CasualtyDashboard.Data.Tests.Providers;

/// <summary>
/// Every read query in Data translates on the server providers without an engine: the connection "opens" without a
/// server and each command returns no rows, so the query classes run their LINQ for real and the SQL is captured.
/// On SQL Server each statement must also parse as T-SQL.
/// </summary>
public sealed class QueryTranslationTests
{
    public static TheoryData<DatabaseProvider> Servers => [DatabaseProvider.SqlServer, DatabaseProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(Servers))]
    public async Task EveryQuery_TranslatesOnTheServerProvider(DatabaseProvider provider)
    {
        var capture = new CapturingInterceptor();
        var factory = new OfflineFactory(provider, capture);
        var calls = DataQueryCalls.All(factory);

        var failures = new List<string>();
        foreach (var (name, run) in calls)
        {
            var before = capture.Commands.Count;
            try
            {
                await run();
            }
            catch (InvalidOperationException ex) when (ex.Message.Contains("Sequence contains no elements", StringComparison.Ordinal)
                || ex.Message.Contains("was not present in the results of a 'FromSql' operation", StringComparison.Ordinal))
            {
                // An aggregate read no row, or a SQL statement's columns were looked for in the empty answer: the query was
                // translated and sent (its SQL is checked below).
            }
            catch (Exception ex)
            {
                failures.Add($"{name}: {ex.GetType().Name}: {ex.Message}");
                continue;
            }
            if (capture.Commands.Count == before) failures.Add($"{name}: sent no SQL");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        if (provider == DatabaseProvider.SqlServer)
        {
            var unparsed = capture.Commands.Select(sql => (sql, Errors: ProviderModelTests.TSqlErrors(sql)))
                .Where(c => c.Errors.Count > 0).Select(c => $"{c.sql}\n  -> {c.Errors[0].Message}").ToList();
            Assert.True(unparsed.Count == 0, string.Join("\n\n", unparsed));
        }
    }

    /// <summary>Opens no connection and answers every command with an empty result, keeping its SQL.</summary>
    private sealed class CapturingInterceptor : DbConnectionInterceptor, IDbCommandInterceptor
    {
        public List<string> Commands { get; } = [];

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) => InterceptionResult.Suppress();

        public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(new DataTable().CreateDataReader()));
        }

        public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            return ValueTask.FromResult(InterceptionResult<object>.SuppressWithResult(0));
        }
    }

    private sealed class OfflineFactory(DatabaseProvider provider, CapturingInterceptor capture) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => ProviderModels.Offline(provider, capture);
    }
}
