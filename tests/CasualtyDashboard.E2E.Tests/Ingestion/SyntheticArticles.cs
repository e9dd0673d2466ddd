using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CasualtyDashboard.E2E.Tests.Ingestion;

/// <summary>
/// Arabic articles written for load and restart tests: each distinct (its number is in the text), with a few casualty
/// figures the extractor finds, in the articles shape of SCHEMA.md. Shared with the benchmarks (linked file).
/// </summary>
public static class SyntheticArticles
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly DateOnly Start = new(2023, 10, 8);

    public static string Id(int i) => $"syn-{i:D6}";

    public static DateOnly Published(int i) => Start.AddDays(i % 400);

    public static string Text(int i)
    {
        var killed = 1000 + i * 7 % 40000;
        var injured = killed * 2 + i % 97;
        var children = killed * 2 / 5;
        return $"تقرير رقم {i}. أعلنت وزارة الصحة في غزة ارتفاع حصيلة الشهداء إلى {killed} شهيدا و{injured} جريحا منذ السابع من أكتوبر. " +
               $"وأضافت الوزارة في بيانها أن بين الشهداء {children} طفلا. وقال شهود عيان إن القصف استمر طوال الليل على أحياء المدينة، " +
               "وإن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض.";
    }

    public static string Line(int i) => JsonSerializer.Serialize(new Dictionary<string, string?>
    {
        ["id"] = Id(i),
        ["outlet"] = i % 3 == 0 ? "وكالة الأنباء" : "الموقع الإخباري",
        ["published"] = Published(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["url"] = $"https://example.org/articles/{i}",
        ["text"] = Text(i),
    }, Json);

    /// <summary>Articles <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> − 1 as JSON Lines.</summary>
    public static string JsonLines(int count, int from = 0)
    {
        var text = new StringBuilder();
        for (var i = from; i < from + count; i++) text.Append(Line(i)).Append('\n');
        return text.ToString();
    }
}
