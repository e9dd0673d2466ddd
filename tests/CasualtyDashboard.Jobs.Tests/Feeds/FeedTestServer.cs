using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CasualtyDashboard.Jobs.Tests.Feeds;

/// <summary>
/// A real Kestrel server on 127.0.0.1 serving whatever a test puts at a path: documents (with ETag / Last-Modified, so
/// conditional GETs get 304), status codes, slow answers, bodies without a declared length. Counts the requests per path.
/// </summary>
public sealed class FeedTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Route> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _conditional = new();

    private FeedTestServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>Paths that were asked with If-None-Match or If-Modified-Since and answered 304.</summary>
    public IReadOnlyCollection<string> NotModifiedAnswers => _conditional;

    public static async Task<FeedTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var server = new FeedTestServer(builder.Build());
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    public int RequestsTo(string path) => _requests.TryGetValue("/" + path.TrimStart('/'), out var n) ? n : 0;

    public void Serve(string path, string body, string contentType = "text/html; charset=utf-8", string? etag = null, string? lastModified = null) =>
        _routes["/" + path.TrimStart('/')] = new Route(200, Encoding.UTF8.GetBytes(body), contentType, etag, lastModified, TimeSpan.Zero, DeclareLength: true);

    public void ServeBytes(string path, byte[] body, string contentType, bool declareLength) =>
        _routes["/" + path.TrimStart('/')] = new Route(200, body, contentType, null, null, TimeSpan.Zero, declareLength);

    public void ServeStatus(string path, int status) =>
        _routes["/" + path.TrimStart('/')] = new Route(status, Encoding.UTF8.GetBytes("<html><body><p>error</p></body></html>"), "text/html", null, null, TimeSpan.Zero, true);

    public void ServeSlow(string path, string body, TimeSpan delay) =>
        _routes["/" + path.TrimStart('/')] = new Route(200, Encoding.UTF8.GetBytes(body), "text/html; charset=utf-8", null, null, delay, true);

    public void ServeRedirect(string path, Uri location) =>
        _routes["/" + path.TrimStart('/')] = new Route(302, [], "text/html", null, null, TimeSpan.Zero, true, Location: location.AbsoluteUri);

    /// <summary>Headers at once, then the body one byte every <paramref name="interval"/>: a page that never quite finishes.</summary>
    public void ServeDrip(string path, string body, TimeSpan interval) =>
        _routes["/" + path.TrimStart('/')] = new Route(200, Encoding.UTF8.GetBytes(body), "text/html; charset=utf-8", null, null, interval, false, Drip: true);

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (!_routes.TryGetValue(path, out var route))
        {
            context.Response.StatusCode = 404;
            return;
        }
        var request = context.Request.Headers;
        if ((route.ETag is not null && request.IfNoneMatch == route.ETag) || (route.LastModified is not null && request.IfModifiedSince == route.LastModified))
        {
            _conditional.Enqueue(path);
            context.Response.StatusCode = 304;
            return;
        }
        if (route.Location is not null)
        {
            context.Response.StatusCode = route.Status;
            context.Response.Headers.Location = route.Location;
            return;
        }
        if (route.Drip)
        {
            context.Response.ContentType = route.ContentType;
            await context.Response.Body.FlushAsync(context.RequestAborted);
            for (var i = 0; i < route.Body.Length; i++)
            {
                try
                {
                    await context.Response.Body.WriteAsync(route.Body.AsMemory(i, 1), context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    await Task.Delay(route.Delay, context.RequestAborted);
                }
                catch (Exception ex) when (ex is OperationCanceledException or IOException) { return; }
            }
            return;
        }
        if (route.Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(route.Delay, context.RequestAborted); }
            catch (OperationCanceledException) { return; }
        }
        context.Response.StatusCode = route.Status;
        context.Response.ContentType = route.ContentType;
        if (route.ETag is not null) context.Response.Headers.ETag = route.ETag;
        if (route.LastModified is not null) context.Response.Headers.LastModified = route.LastModified;
        if (route.DeclareLength)
        {
            context.Response.ContentLength = route.Body.Length;
            await context.Response.Body.WriteAsync(route.Body, context.RequestAborted);
            return;
        }
        // No Content-Length: the client only finds out the size by reading.
        for (var offset = 0; offset < route.Body.Length && !context.RequestAborted.IsCancellationRequested; offset += 16_384)
        {
            try { await context.Response.Body.WriteAsync(route.Body.AsMemory(offset, Math.Min(16_384, route.Body.Length - offset)), context.RequestAborted); }
            catch (Exception ex) when (ex is OperationCanceledException or IOException) { return; }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record Route(int Status, byte[] Body, string ContentType, string? ETag, string? LastModified, TimeSpan Delay, bool DeclareLength,
        string? Location = null, bool Drip = false);
}
