using System.Globalization;
using System.Text.Json;
using CasualtyDashboard.Extraction;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;
using CasualtyDashboard.Reconciliation.Claims;

namespace CasualtyDashboard.Reconciliation.Tests;

/// <summary>
/// Claims read from real articles by the real extractor, mapped as the reconcile job maps stored figures (publication day
/// as the statement time): the seed corpus in ../shared and the demo articles in the repository.
/// </summary>
internal static class CorpusClaims
{
    private static readonly ArabicCasualtyExtractor Extractor = new();

    public static string DemoFile() => Path.Combine(SharedData.RepositoryRoot(), "src", "CasualtyDashboard.Jobs", "Demo", "demo-articles.jsonl");

    public static List<Claim> Seed(long firstId = 1) => Read(SharedData.CorpusFile("seed-articles.jsonl"), firstId);

    public static List<Claim> Demo(long firstId = 100_000) => Read(DemoFile(), firstId);

    public static List<Claim> SeedAndDemo() => [.. Seed(), .. Demo()];

    /// <summary>Every placed figure (a reporting date and a region) of every article of a JSON Lines file, ids counting from <paramref name="firstId"/>.</summary>
    public static List<Claim> Read(string path, long firstId)
    {
        var claims = new List<Claim>();
        var id = firstId;
        var articleId = firstId;
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var outlet = root.TryGetProperty("outlet", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
            DateOnly? published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                ? DateOnly.ParseExact(p.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;
            var text = root.GetProperty("text").GetString()!;
            articleId++;
            foreach (var figure in Extractor.Extract(new ArticleInput(text, published, outlet, root.GetProperty("id").GetString())))
            {
                if (figure.ReportedOn is not { } reportedOn || figure.Region is not { } region)
                {
                    continue;
                }

                claims.Add(new Claim(
                    id++,
                    new SeriesKey(region, figure.Area, figure.Category.Code(), figure.Subgroup.Code(), figure.Basis.Code(), figure.Since),
                    reportedOn,
                    figure.Value,
                    figure.Qualifier.Code(),
                    figure.Authority,
                    outlet,
                    articleId,
                    null,
                    figure.Evidence,
                    (published ?? reportedOn).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
            }
        }

        return claims;
    }
}
