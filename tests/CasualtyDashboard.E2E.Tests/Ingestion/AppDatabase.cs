using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.E2E.Tests.Ingestion;

/// <summary>
/// The app's database read from the test beside the running app: its SQLite file (WAL lets both work, no pooled handles),
/// or a server database (<see cref="Server"/>).
/// </summary>
public sealed class AppDatabase
{
    private readonly DbContextOptions<DashboardDbContext> _options;

    public AppDatabase(string path) => _options = (DbContextOptions<DashboardDbContext>)DependencyInjection
        .ConfigureSqlite(new DbContextOptionsBuilder<DashboardDbContext>(), new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()).Options;

    private AppDatabase(DbContextOptions<DashboardDbContext> options) => _options = options;

    public static AppDatabase Server(DatabaseProvider provider, string connectionString) => new(DatabaseProviders.OptionsFor(provider, connectionString));

    public DashboardDbContext Open() => new(_options);

    public async Task<(int Articles, int Extracted, int Pending, int Figures)> CountsAsync()
    {
        await using var db = Open();
        var states = await db.Articles.GroupBy(a => a.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        int Of(ArticleState s) => states.FirstOrDefault(x => x.Key == s)?.Count ?? 0;
        return (states.Sum(s => s.Count), Of(ArticleState.Extracted), Of(ArticleState.Pending), await db.Figures.CountAsync());
    }

    /// <summary>Polls until <paramref name="done"/> holds (a fresh read each time); throws with the last counts when it does not.</summary>
    public async Task<(int Articles, int Extracted, int Pending, int Figures)> WaitAsync(
        Func<(int Articles, int Extracted, int Pending, int Figures), bool> done, TimeSpan timeout, int pollMilliseconds = 200)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var counts = await CountsAsync();
            if (done(counts)) return counts;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited {timeout.TotalSeconds} s; the database holds {counts}.");
            await Task.Delay(pollMilliseconds);
        }
    }
}
