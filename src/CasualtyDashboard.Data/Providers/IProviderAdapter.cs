using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Providers;

/// <summary>
/// Everything that differs between the engines and cannot be said in LINQ: connection strings, what runs after the
/// migrations, the lock that keeps two starting instances apart, schema listing, bulk insert and unique-key errors.
/// One implementation per provider; raw SQL lives only in them. Get one with <see cref="ProviderAdapters.For(DbContext)"/>.
/// </summary>
public interface IProviderAdapter
{
    DatabaseProvider Provider { get; }

    /// <summary>The connection string as the app uses it (SQLite: a relative file resolved against the content root).</summary>
    string PrepareConnectionString(string connectionString, string contentRoot);

    /// <summary>
    /// Holds a lock over the whole database until disposed, so that two instances starting together migrate and load
    /// the demo data one after the other. Taken on its own connection (not the context's).
    /// </summary>
    Task<IAsyncDisposable> LockStartupAsync(string connectionString, CancellationToken ct);

    /// <summary>
    /// Takes the lock named <paramref name="name"/> if no session holds it, on a connection of its own that holds it until
    /// disposed; null when another session holds it. The server frees it when the session ends, so a killed process
    /// leaves nothing held. Server engines only: SQLite is one process, whose lock is in memory.
    /// </summary>
    Task<IAsyncDisposable?> TryLockSessionAsync(string connectionString, string name, CancellationToken ct);

    /// <summary>Settings applied once the schema is up to date (SQLite: write-ahead logging).</summary>
    Task AfterMigrateAsync(DashboardDbContext db, CancellationToken ct);

    /// <summary>
    /// A normalised listing of tables, columns, indexes and foreign keys (EF's history and lock tables left out), one
    /// line each, sorted: two databases built differently (migrations, <c>EnsureCreated</c>) compare line by line.
    /// </summary>
    Task<IReadOnlyList<string>> DescribeSchemaAsync(DbConnection connection, CancellationToken ct = default);

    /// <summary>
    /// Inserts many entities of one type inside the context's current transaction without a round trip per row
    /// (columns, converters and generated keys from the EF model). Nothing is tracked; generated keys are not read back.
    /// </summary>
    Task BulkInsertAsync<T>(DbContext db, IEnumerable<T> entities, CancellationToken ct) where T : class;

    /// <summary>
    /// Inserts new entities of one type (with a generated <c>long</c> key) inside the context's current transaction,
    /// without a round trip per row, and sets each entity's key to the one the database gave it. Nothing is tracked.
    /// A refused row (a unique key) fails the whole call with a <see cref="DbUpdateException"/>, as SaveChanges does.
    /// </summary>
    Task InsertWithKeysAsync<T>(DbContext db, IReadOnlyList<T> entities, CancellationToken ct) where T : class;

    /// <summary>
    /// The figures as a query that reads them through the value sort's covering index
    /// (<see cref="Configurations.FigureGridIndexConfiguration.ValueIndex"/>), for a filtered page by position in the
    /// value order (decision 081). SQLite: <c>INDEXED BY</c>, since its planner otherwise reads a filter's index and sorts
    /// every match; the server engines plan it from their statistics.
    /// </summary>
    IQueryable<Entities.Figure> FiguresInValueOrder(DashboardDbContext db) => db.Figures;

    /// <summary>Whether <paramref name="exception"/> is a unique-key (or primary-key) violation.</summary>
    bool IsUniqueViolation(DbUpdateException exception);
}
