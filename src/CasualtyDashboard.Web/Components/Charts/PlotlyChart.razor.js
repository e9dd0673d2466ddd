// The one place that talks to plotly. plotly.min.js comes from npm (wwwroot/lib/plotly), loaded by App.razor.

function toPlotly(figure) {
    const layout = figure.layout;
    return {
        data: figure.data,
        layout: {
            title: { text: layout.title },
            height: layout.height,
            autosize: true,
            margin: { t: 50, r: 20, b: 50, l: 70 },
            xaxis: { title: { text: layout.xaxisTitle ?? "" }, type: "date" },
            yaxis: { title: { text: layout.yaxisTitle ?? "" }, rangemode: "tozero" },
            showlegend: true,
            legend: { orientation: "h", y: -0.2 },
            hovermode: "closest",
        },
        config: { responsive: true, displaylogo: false, toImageButtonOptions: { format: "png" } },
    };
}

export function render(element, json, dotnet) {
    const f = toPlotly(JSON.parse(json));
    Plotly.newPlot(element, f.data, f.layout, f.config);
    element.dataset.traces = String(f.data.length);
    // The page may still be laying out when the chart is first drawn: fit it to its container once layout settles.
    requestAnimationFrame(() => Plotly.Plots.resize(element));
    element.on("plotly_click", (event) => {
        const point = event.points && event.points[0];
        if (point && point.customdata != null) dotnet.invokeMethodAsync("PointClicked", String(point.customdata));
    });
}

export function update(element, json) {
    const f = toPlotly(JSON.parse(json));
    Plotly.react(element, f.data, f.layout, f.config);
    element.dataset.traces = String(f.data.length);
}

export function dispose(element) {
    Plotly.purge(element);
}
