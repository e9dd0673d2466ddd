using System.Net;
using System.Net.Http.Headers;
using CasualtyDashboard.Reconciliation.Messages;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>
/// GETs feeds and pages through the <c>feeds</c> HttpClient: a time limit on the whole exchange (headers and body), a
/// byte cap enforced on the declared length and again while reading (after decompression), and conditional GET with
/// <c>If-None-Match</c>/<c>If-Modified-Since</c>. Failures come back as results, never as exceptions.
/// </summary>
public sealed class FeedFetcher(IHttpClientFactory clients, IOptions<FeedOptions> options)
{
    public const string ClientName = "feeds";
    public const string FeedAccept = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    public const string PageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    /// <summary>
    /// The handler behind the client: decompression, a few redirects, no cookies, connections renewed for DNS changes, no
    /// proxy, and every connection opened by <see cref="FeedConnections"/> (internal addresses refused unless allowed by name).
    /// </summary>
    public static HttpMessageHandler CreateHandler(FeedOptions options) => new SocketsHttpHandler
    {
        ConnectCallback = new FeedConnections(options.AllowedInternalHosts).ConnectAsync,
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.All,
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 5,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(15),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    public async Task<FetchResult> GetAsync(Uri url, string accept, long maxBytes, string? etag, string? lastModified, CancellationToken ct)
    {
        var timeout = TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (lastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        try
        {
            var client = clients.CreateClient(ClientName);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token);
            if (response.StatusCode == HttpStatusCode.NotModified)
                return new FetchResult(FetchStatus.NotModified, [], null, null, etag, lastModified, null, false);
            if (!response.IsSuccessStatusCode)
            {
                var code = (int)response.StatusCode;
                return FetchResult.Fail(Message.Of(FeedMessages.Http, MessageArg.Number(code), MessageArg.Text(response.ReasonPhrase ?? "")), transient: code >= 500 || code is 408 or 429);
            }
            if (response.Content.Headers.ContentLength is { } declared && declared > maxBytes)
                return FetchResult.Fail(Message.Of(FeedMessages.DeclaredTooLarge, MessageArg.Number(declared), MessageArg.Number(maxBytes)), transient: false);

            await using var stream = await response.Content.ReadAsStreamAsync(limit.Token);
            var body = await ReadCappedAsync(stream, maxBytes, limit.Token);
            if (body is null) return FetchResult.Fail(Message.Of(FeedMessages.TooLarge, MessageArg.Number(maxBytes)), transient: false);
            var type = response.Content.Headers.ContentType;
            return new FetchResult(FetchStatus.Ok, body, type?.MediaType, type?.CharSet?.Trim('"'),
                response.Headers.ETag?.ToString(), LastModifiedOf(response), null, false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return FetchResult.Fail(Message.Of(FeedMessages.Timeout, MessageArg.Number((long)Math.Round(timeout.TotalSeconds))), transient: true);
        }
        catch (HttpRequestException ex) when (Refused(ex) is { } refused)
        {
            return FetchResult.Fail(Message.Of(FeedMessages.Refused, MessageArg.Of(refused.Reason)), transient: false);
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Fail(Message.Of(FeedMessages.Unreachable, MessageArg.Text(ex.Message)), transient: true);
        }
    }

    private static RefusedAddressException? Refused(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is RefusedAddressException refused) return refused;
        return null;
    }

    private static string? LastModifiedOf(HttpResponseMessage response) =>
        response.Content.Headers.TryGetValues("Last-Modified", out var values) ? values.FirstOrDefault() : null;

    /// <summary>The body, or null as soon as it passes <paramref name="maxBytes"/> (nothing more is read).</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream stream, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
