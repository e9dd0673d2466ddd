// Blazor's JS initializer for the app (found by its name; decisions 056 and 062). Nothing of plotly's is called here: on a
// page that draws charts at once (App.razor marks the dashboard with <meta name="plotly-early">), plotly's load is started
// through Plotly.Blazor's own loader (its interop module's importScript, the module instance its charts import) as Blazor
// starts, before the circuit is opened. plotly's bundle carries V8's compile hint (decision 062): it is compiled on a
// background thread and runs in about 20 ms of main thread, so it no longer holds the circuit's start back (decision 056
// waited for the circuit for that reason) and is ready by the time the first chart has rendered.
export function beforeWebStart() {
    const early = document.querySelector('meta[name="plotly-early"]');
    if (!early) return;
    import(early.dataset.module)
        .then(module => module.importScript(early.dataset.id, early.dataset.bundle))
        .catch(() => { /* Plotly.Blazor loads it itself when its first chart renders */ });
}
