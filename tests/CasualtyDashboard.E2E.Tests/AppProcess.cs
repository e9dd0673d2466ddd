using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CasualtyDashboard.E2E.Tests;

/// <summary>
/// The real dashboard as a child process: its own build output, Kestrel on a free 127.0.0.1 port, a SQLite file in a
/// temporary folder. Stopped (or killed, for restart tests) by its own process id only.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private int _disposed;

    private AppProcess(Process process, Uri baseAddress, string dataFolder)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataFolder = dataFolder;
    }

    public Uri BaseAddress { get; }
    public string DataFolder { get; }
    public string DatabasePath => Path.Combine(DataFolder, "casualty.db");
    public int ProcessId => _process.Id;

    /// <summary>What the app wrote so far (for failure messages).</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>
    /// Starts the app and waits until <c>/health</c> answers 200. <paramref name="webOutput"/>: another build of the app
    /// (the benchmarks start the Release build); by default the one beside this test build.
    /// </summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null, string? dataFolder = null, string? webOutput = null,
        PortSetting portSetting = PortSetting.UrlsArgument)
    {
        dataFolder ??= Directory.CreateTempSubdirectory("cd-e2e-").FullName;
        var port = FreePort();
        var info = StartInfo(port, portSetting, settings, dataFolder, webOutput ?? RepoPaths.WebOutput);
        var process = Process.Start(info) ?? throw new InvalidOperationException("The app did not start.");
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}/"), dataFolder);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitHealthyAsync(TimeSpan.FromSeconds(90));
            await AppSessions.SignInAsync(app.BaseAddress);
        }
        catch
        {
            // A start that never became healthy (or could not sign in) is stopped here: nobody else holds it to stop it.
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    /// <summary>Starts the app on <paramref name="port"/> and waits for it to exit by itself (a start that must fail).</summary>
    public static async Task<(int ExitCode, string Output, TimeSpan Elapsed)> RunToExitAsync(int port, string dataFolder, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? settings = null, PortSetting portSetting = PortSetting.UrlsArgument)
    {
        var info = StartInfo(port, portSetting, settings, dataFolder, RepoPaths.WebOutput);
        var started = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("The app did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: false);
            await process.WaitForExitAsync();
            throw new TimeoutException($"The app was still running after {timeout.TotalSeconds} s:\n{await stdout}{await stderr}");
        }
        return (process.ExitCode, (await stdout) + (await stderr), started.Elapsed);
    }

    private static ProcessStartInfo StartInfo(int port, PortSetting portSetting, IReadOnlyDictionary<string, string>? settings, string dataFolder, string webOutput)
    {
        var exe = Path.Combine(webOutput, "CasualtyDashboard.Web");
        if (!File.Exists(exe)) throw new FileNotFoundException($"The Web app is not built at {exe}.");
        var info = new ProcessStartInfo(exe)
        {
            WorkingDirectory = webOutput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment.Remove("ASPNETCORE_URLS");
        info.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        switch (portSetting)
        {
            case PortSetting.UrlsArgument:
                info.ArgumentList.Add("--urls");
                info.ArgumentList.Add($"http://127.0.0.1:{port}");
                break;
            case PortSetting.UrlsVariable:
                info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
                break;
            case PortSetting.HttpPortsVariable:
                info.Environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ConnectionStrings__Dashboard"] = $"Data Source={Path.Combine(dataFolder, "casualty.db")}";
        info.Environment["Logging__LogLevel__Default"] = "Information";
        // Accounts are on: the first start creates this Admin (no default password exists in the app).
        info.Environment["Accounts__InitialAdmin__Email"] = AppSessions.AdminEmail;
        info.Environment["Accounts__InitialAdmin__Password"] = AppSessions.AdminPassword;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) info.Environment[key.Replace(":", "__")] = value;
        return info;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await http.GetAsync("health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The app did not answer /health within {timeout.TotalSeconds} s:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown code runs, as when the machine loses power.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    /// <summary>Kills the app (if still running) and releases the process handle; a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await KillAsync();
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>How a started app is told its port: the <c>--urls</c> argument, or one of the standard variables.</summary>
public enum PortSetting
{
    UrlsArgument,
    UrlsVariable,
    HttpPortsVariable,
}

/// <summary>
/// The Admin every started app has (from the first-start settings), signed in once per app through the real sign-in
/// form; HTTP clients and browser contexts reuse that session's cookie.
/// </summary>
public static partial class AppSessions
{
    public const string AdminEmail = "admin@e2e.example";
    public const string AdminPassword = "e2e-admin-password";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CookieContainer> Jars = new();

    /// <summary>The cookies of <paramref name="app"/>'s session (one jar per address: cookies ignore ports).</summary>
    public static CookieContainer Jar(Uri app) => Jars.GetOrAdd(app.GetLeftPart(UriPartial.Authority), _ => new CookieContainer());

    /// <summary>An HTTP client of the signed-in Admin (its session cookie), as <c>new HttpClient { BaseAddress = app }</c> was.</summary>
    public static HttpClient Client(Uri app, TimeSpan? timeout = null, bool followRedirects = true) =>
        new(new HttpClientHandler { CookieContainer = Jar(app), AllowAutoRedirect = followRedirects })
        {
            BaseAddress = app, Timeout = timeout ?? TimeSpan.FromSeconds(100),
        };

    /// <summary>Posts the sign-in form (with its antiforgery token) as the Admin; the session cookie lands in <see cref="Jar"/>.</summary>
    public static async Task SignInAsync(Uri app, string email = AdminEmail, string password = AdminPassword)
    {
        using var http = Client(app, TimeSpan.FromSeconds(60), followRedirects: false);
        var form = await http.GetStringAsync("account/signin");
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        using var response = await http.PostAsync("account/session", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["email"] = email, ["password"] = password, ["returnUrl"] = "/",
        }));
        var location = response.Headers.Location?.ToString() ?? "";
        if (response.StatusCode != HttpStatusCode.Redirect || location.Contains("error=", StringComparison.Ordinal))
            throw new InvalidOperationException($"Signing in to {app} failed: {(int)response.StatusCode} {location}");
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex AntiforgeryField();
}
