using CasualtyDashboard.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Tests;

/// <summary>A real SQLite file in a temporary folder, deleted at the end.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cd-data-").FullName;

    private readonly bool _pooled;

    /// <param name="pooled">Pooled connections (the app's default) instead of one file open per context.</param>
    public TestDatabase(string name = "test.db", bool pooled = false)
    {
        Path = System.IO.Path.Combine(_folder, name);
        _pooled = pooled;
    }

    public string Path { get; }
    public string ConnectionString => $"Data Source={Path};Pooling={_pooled}";

    public DashboardDbContext CreateContext() =>
        new(DependencyInjection.ConfigureSqlite(new DbContextOptionsBuilder<DashboardDbContext>(), ConnectionString)
            .Options is DbContextOptions<DashboardDbContext> o ? o : throw new InvalidOperationException());

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
