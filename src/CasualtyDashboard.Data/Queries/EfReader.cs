using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// A LINQ query's SQL, as EF writes it for the provider, read through the provider's own typed reader: for reads of many
/// rows whose EF materialiser was the cost (the figures export, decision 058; the grid's id snapshots, decision 076).
/// </summary>
internal static class EfReader
{
    /// <summary>
    /// Runs the SQL EF writes for <paramref name="query"/> through EF's own command pipeline (its connection, opened and
    /// closed as for any query, its logging and interceptors) and hands back the provider's reader, not EF's materialiser.
    /// </summary>
    public static async Task<RelationalDataReader> ExecuteAsync<T>(DashboardDbContext db, IQueryable<T> query, CancellationToken ct)
    {
        var builder = db.GetService<IRelationalCommandBuilderFactory>().Create();
        var values = new Dictionary<string, object?>();
        await using (var translated = query.CreateDbCommand())
        {
            builder.Append(translated.CommandText);
            var parameters = translated.Parameters.Cast<DbParameter>().ToList();
            translated.Parameters.Clear(); // each goes to the command EF runs; a parameter belongs to one command
            foreach (var parameter in parameters)
            {
                builder.AddRawParameter(parameter.ParameterName, parameter);
                values[parameter.ParameterName] = parameter;
            }
        }
        return await builder.Build().ExecuteReaderAsync(new RelationalCommandParameterObject(
            db.GetService<IRelationalConnection>(), values, null, db, db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.LinqQuery), ct);
    }
}
