using System.Text.Json;

namespace CasualtyDashboard.Benchmarks;

/// <summary>
/// CPU time (thread time, not wall: less at the mercy of the machine's load) of a Chromium trace, from navigation to the
/// first chart: the renderer's main thread in all, plotly's script on it (compile and run), and V8's compiling on other
/// threads (script streaming, the compile hint's eager compile). Decision 062.
/// </summary>
public sealed class BrowserCpu
{
    private const string Categories = "devtools.timeline,v8,disabled-by-default-devtools.timeline,toplevel";
    private readonly Microsoft.Playwright.ICDPSession _cdp;
    private readonly List<JsonElement> _events = [];
    private readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BrowserCpu(Microsoft.Playwright.ICDPSession cdp) => _cdp = cdp;

    /// <summary>Starts Chromium's tracing (through the page's DevTools session) before the page navigates.</summary>
    public static async Task<BrowserCpu> StartAsync(Microsoft.Playwright.IPage page)
    {
        var trace = new BrowserCpu(await page.Context.NewCDPSessionAsync(page));
        trace._cdp.Event("Tracing.dataCollected").OnEvent += (_, e) =>
        {
            if (e is { } data && data.TryGetProperty("value", out var value))
                lock (trace._events) trace._events.AddRange(value.EnumerateArray().Select(v => v.Clone()));
        };
        trace._cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => trace._complete.TrySetResult();
        await trace._cdp.SendAsync("Tracing.start", new Dictionary<string, object> { ["categories"] = Categories, ["transferMode"] = "ReportEvents" });
        return trace;
    }

    /// <summary>Ends the trace and sums it (see <see cref="Report(IReadOnlyList{JsonElement})"/>).</summary>
    public async Task<string> StopAsync()
    {
        await _cdp.SendAsync("Tracing.end");
        await _complete.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await _cdp.DetachAsync();
        lock (_events) return Report(_events);
    }

    public static string Report(IReadOnlyList<JsonElement> events)
    {
        var threads = new Dictionary<(long Pid, long Tid), string>();
        foreach (var e in events)
            if (Str(e, "ph") == "M" && Str(e, "name") == "thread_name" && e.TryGetProperty("args", out var a) && a.TryGetProperty("name", out var n))
                threads[(Num(e, "pid"), Num(e, "tid"))] = n.GetString() ?? "";
        // The page's renderer: the process whose main thread ran the most.
        double mainTotal = 0, plotlyEval = 0, plotlyCompileMain = 0, compileOther = 0, functionCalls = 0, layoutPaint = 0;
        var mainByPid = new Dictionary<long, double>();
        foreach (var e in events)
        {
            if (Str(e, "ph") != "X" || !e.TryGetProperty("tdur", out var tdurElement)) continue;
            var key = (Num(e, "pid"), Num(e, "tid"));
            if (threads.GetValueOrDefault(key) == "CrRendererMain" && Str(e, "name") == "RunTask")
                mainByPid[key.Item1] = mainByPid.GetValueOrDefault(key.Item1) + tdurElement.GetDouble() / 1000;
        }
        var renderer = mainByPid.Count == 0 ? -1 : mainByPid.MaxBy(p => p.Value).Key;
        foreach (var e in events)
        {
            if (Str(e, "ph") != "X" || !e.TryGetProperty("tdur", out var tdurElement) || Num(e, "pid") != renderer) continue;
            var ms = tdurElement.GetDouble() / 1000;
            var name = Str(e, "name");
            var main = threads.GetValueOrDefault((renderer, Num(e, "tid"))) == "CrRendererMain";
            var url = e.TryGetProperty("args", out var args) ? Url(args) : "";
            if (main && name == "RunTask") mainTotal += ms;
            else if (main && name == "EvaluateScript" && url.Contains("plotly-basic", StringComparison.Ordinal)) plotlyEval += ms;
            else if (main && name.StartsWith("v8.compile", StringComparison.Ordinal) && url.Contains("plotly-basic", StringComparison.Ordinal)) plotlyCompileMain += ms;
            else if (!main && (name.StartsWith("v8.compile", StringComparison.Ordinal) || name.Contains("Compile", StringComparison.Ordinal) || name.Contains("parseOnBackground", StringComparison.Ordinal))) compileOther += ms;
            else if (main && name == "FunctionCall") functionCalls += ms;
            else if (main && name is "Layout" or "Paint" or "UpdateLayoutTree" or "PrePaint" or "Layerize") layoutPaint += ms;
        }
        return $"browser CPU: renderer main thread {mainTotal:0} ms (plotly's script evaluated {plotlyEval:0}, of it compiled on the main thread {plotlyCompileMain:0}; "
            + $"JS function calls {functionCalls:0}; style/layout/paint {layoutPaint:0}); V8 compiling off the main thread {compileOther:0} ms";
    }

    private static string Url(JsonElement args)
    {
        foreach (var holder in new[] { args, args.TryGetProperty("data", out var d) ? d : default })
        {
            if (holder.ValueKind != JsonValueKind.Object) continue;
            foreach (var name in new[] { "url", "fileName" })
                if (holder.TryGetProperty(name, out var u) && u.ValueKind == JsonValueKind.String) return u.GetString() ?? "";
        }
        return "";
    }

    private static string Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";

    private static long Num(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : -1;
}
