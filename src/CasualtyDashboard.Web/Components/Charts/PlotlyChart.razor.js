// The one place that talks to plotly. plotly.min.js comes from npm (wwwroot/lib/plotly), loaded by App.razor with
// `async`, so it may still be loading when the first chart is drawn: every entry point waits for it.

let plotlyReady;

function ensurePlotly() {
    if (window.Plotly) return Promise.resolve();
    plotlyReady ??= new Promise((resolve, reject) => {
        let script = document.getElementById("plotly-script");
        if (!script) {
            script = document.createElement("script");
            script.id = "plotly-script";
            script.src = new URL("lib/plotly/plotly.min.js", document.baseURI).href;
            document.head.appendChild(script);
        }
        script.addEventListener("load", () => resolve());
        script.addEventListener("error", () => reject(new Error("The chart library (lib/plotly/plotly.min.js) could not be loaded.")));
        // It may have finished between the check above and adding the listeners.
        if (window.Plotly) resolve();
    });
    return plotlyReady;
}

function toPlotly(figure) {
    const layout = figure.layout;
    return {
        data: figure.data,
        layout: {
            title: { text: layout.title },
            height: layout.height,
            autosize: true,
            margin: { t: 50, r: 20, b: 50, l: 70 },
            xaxis: { title: { text: layout.xaxisTitle ?? "" }, type: "date", range: dayRange(figure.data) },
            yaxis: { title: { text: layout.yaxisTitle ?? "" }, rangemode: layout.yFromZero === false ? "normal" : "tozero", zeroline: true },
            showlegend: true,
            legend: { orientation: "h", y: -0.2 },
            hovermode: "closest",
            meta: { pointKeyPrefix: layout.pointKeyPrefix ?? null },
        },
        config: {
            responsive: true,
            displaylogo: false,
            // The camera button saves a PNG; ours beside it saves the same view as SVG (plotly's own export, no server).
            toImageButtonOptions: { format: "png", filename: layout.fileName ?? "chart", scale: 2 },
            modeBarButtonsToAdd: [{
                name: "Download plot as SVG",
                title: "Download plot as SVG",
                icon: Plotly.Icons.disk,
                click: (gd) => Plotly.downloadImage(gd, { format: "svg", filename: layout.fileName ?? "chart" }),
            }],
        },
    };
}

// Each draw bumps data-revision, so a test (or a person with devtools) can tell a redraw from a stale chart.
function drawn(element, f) {
    element.dataset.traces = String(f.data.length);
    element.dataset.traceNames = f.data.map((t) => t.name).join("|");
    element.dataset.revision = String(Number(element.dataset.revision ?? "0") + 1);
    element.dataset.drawnAt = String(Math.round(performance.now()));
}

// Reporting dates are days: a chart spanning less than two weeks (one day, say) is widened to two weeks around its
// dates, so the axis shows days rather than hours of one day. Longer spans are left to plotly (undefined range).
function dayRange(data) {
    const days = data.flatMap((t) => t.x ?? []).map((x) => Date.parse(x)).filter((d) => !Number.isNaN(d));
    if (days.length === 0) return undefined;
    const min = days.reduce((a, b) => Math.min(a, b)), max = days.reduce((a, b) => Math.max(a, b)), twoWeeks = 14 * 86400000;
    if (max - min >= twoWeeks) return undefined;
    const pad = (twoWeeks - (max - min)) / 2;
    const day = (ms) => new Date(ms).toISOString().slice(0, 10);
    return [day(min - pad), day(max + pad)];
}

export async function render(element, json, dotnet) {
    element.dataset.renderCalledAt = String(Math.round(performance.now()));
    await ensurePlotly();
    const f = toPlotly(JSON.parse(json));
    Plotly.newPlot(element, f.data, f.layout, f.config);
    drawn(element, f);
    // The page may still be laying out when the chart is first drawn: fit it to its container once layout settles.
    requestAnimationFrame(() => Plotly.Plots.resize(element));
    element.on("plotly_click", (event) => {
        const point = event.points && event.points[0];
        if (!point) return;
        const prefix = element.layout?.meta?.pointKeyPrefix;
        const key = point.customdata != null ? String(point.customdata)
            : prefix && point.x != null ? prefix + String(point.x).slice(0, 10) : null;
        if (key) dotnet.invokeMethodAsync("PointClicked", key);
    });
}

export async function update(element, json) {
    await ensurePlotly();
    const f = toPlotly(JSON.parse(json));
    Plotly.react(element, f.data, f.layout, f.config);
    drawn(element, f);
}

// PNG or SVG of the chart as drawn, saved by the browser (plotly renders it; nothing goes to the server).
export async function download(element, format, filename) {
    await ensurePlotly();
    return Plotly.downloadImage(element, { format: format === "svg" ? "svg" : "png", filename: filename || "chart", scale: format === "svg" ? 1 : 2 });
}

export function dispose(element) {
    if (window.Plotly) Plotly.purge(element);
}
