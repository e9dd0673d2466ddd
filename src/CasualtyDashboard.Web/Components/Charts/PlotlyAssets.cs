namespace CasualtyDashboard.Web.Components.Charts;

/// <summary>
/// Where Plotly.Blazor 7.2 loads its interop module and plotly's basic bundle from, spelled as its own code spells them (a
/// test compares them with the package's). The dashboard's page starts that load itself, through the package's own
/// <c>importScript</c>, as the page arrives: plotly then runs while the circuit starts instead of after the first chart has
/// rendered (decision 056).
/// </summary>
public static class PlotlyAssets
{
    /// <summary>Plotly.Blazor's interop module (an ES module; its <c>importScript</c> loads plotly once per page).</summary>
    public const string InteropModule = "./_content/Plotly.Blazor/plotly-interop-7.2.0.js";

    /// <summary>
    /// plotly's basic bundle (scatter and bar), as <c>UseBasicVersion</c> asks for it. The app answers this URL with its own
    /// copy that carries V8's compile hint, cached for a year (<c>Endpoints/PlotlyBundleServing</c>, decision 062).
    /// </summary>
    public const string BasicBundle = "./_content/Plotly.Blazor/plotly-basic-3.7.0.min.js";

    /// <summary>The id of the script element Plotly.Blazor loads plotly with (its <c>importScript</c> finds it there).</summary>
    public const string ScriptId = "plotly-import";
}
