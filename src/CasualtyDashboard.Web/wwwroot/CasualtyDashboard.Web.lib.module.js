// Blazor's JS initializer for the app (found by its name; decision 056). Nothing of plotly's is called here: on a page
// that draws charts at once (App.razor marks the dashboard with <meta name="plotly-early">), plotly's load is started
// through Plotly.Blazor's own loader (its interop module's importScript, the module instance its charts import) as soon as
// the circuit has started. plotly (1.1 MB) is then parsed while the server renders the page and builds its charts, where
// Plotly.Blazor alone would start it only once the first chart has rendered, and before the circuit it would hold the
// circuit's own start back.
export function afterServerStarted() {
    const early = document.querySelector('meta[name="plotly-early"]');
    if (!early) return;
    import(early.dataset.module)
        .then(module => module.importScript(early.dataset.id, early.dataset.bundle))
        .catch(() => { /* Plotly.Blazor loads it itself when its first chart renders */ });
}
