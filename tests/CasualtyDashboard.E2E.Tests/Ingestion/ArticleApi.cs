using System.Net;
using System.Text;
using System.Text.Json;

namespace CasualtyDashboard.E2E.Tests.Ingestion;

/// <summary>The app's article API as a script would call it.</summary>
public sealed class ArticleApi(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = AppSessions.Client(baseAddress, TimeSpan.FromMinutes(5));

    /// <summary>Posts JSON Lines; asserts 202 and returns the report.</summary>
    public async Task<JsonElement> PostJsonLinesAsync(string lines, CancellationToken ct = default)
    {
        using var response = await _http.PostAsync("api/articles", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"), ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public Task<HttpResponseMessage> PostAsync(HttpContent content) => _http.PostAsync("api/articles", content);

    public async Task<JsonElement> GetAsync(long id) => JsonDocument.Parse(await _http.GetStringAsync($"api/articles/{id}")).RootElement.Clone();

    public void Dispose() => _http.Dispose();
}
