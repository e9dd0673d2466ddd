using System.Text.Json;

namespace CasualtyDashboard.Data.Entities;

/// <summary>Writes and reads the JSON of <see cref="ReconciledPoint.Sources"/>.</summary>
public static class PointSources
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(IEnumerable<PointSource> sources) => JsonSerializer.Serialize(sources, Json);

    public static IReadOnlyList<PointSource> Read(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<PointSource>>(json, Json) ?? [];
}
