using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Tests;

/// <summary>
/// The <see cref="ReviewTestData"/> mixes a test class only reads, each seeded once (a class fixture) instead of once per
/// test: the same figures from the same seed, on a file that pools its connections as the app's does (decision 087).
/// </summary>
public sealed class SeededReviewData : IDisposable
{
    private readonly Dictionary<(int Figures, int Values), Task<(ReviewTestData Data, IReadOnlyList<Figure> Figures)>> _seeded = [];

    /// <summary>The factory and the stored figures of <see cref="ReviewTestData.SeedAsync"/>(<paramref name="figures"/>, values: <paramref name="values"/>).</summary>
    public async Task<(IDbContextFactory<DashboardDbContext> Factory, IReadOnlyList<Figure> Figures)> SeedAsync(int figures, int values = 50_000)
    {
        Task<(ReviewTestData, IReadOnlyList<Figure>)> seeding;
        lock (_seeded)
        {
            if (!_seeded.TryGetValue((figures, values), out seeding!))
                _seeded[(figures, values)] = seeding = SeedNewAsync(figures, values);
        }
        var (data, stored) = await seeding;
        return (data.Factory, stored);
    }

    private static async Task<(ReviewTestData, IReadOnlyList<Figure>)> SeedNewAsync(int figures, int values)
    {
        var data = new ReviewTestData(pooled: true);
        return (data, await data.SeedAsync(figures, values: values));
    }

    public void Dispose()
    {
        foreach (var seeding in _seeded.Values)
            if (seeding.IsCompletedSuccessfully) seeding.Result.Data.Dispose();
    }
}
