using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace CasualtyDashboard.Web.Components.Layout;

/// <summary>
/// MudBlazor's theme provider whose <c>&lt;style&gt;</c> texts are one string instance per app, not one per circuit.
/// <see cref="MudThemeProvider"/> builds its theme's CSS (about 12,000 characters, 24 KB) anew for every render of every
/// circuit, and each circuit's render tree keeps that copy for as long as it is open. The CSS depends only on the theme
/// and light or dark, so the text built is exchanged for the first equal one (<see cref="Shared"/>): a render still
/// builds it (rarely: on first render and when the mode changes), but what the circuit keeps is the shared instance.
/// Everything else (dark mode, the system's mode, the palette) is MudThemeProvider's own (decision 068).
/// </summary>
public sealed class SharedThemeProvider : MudThemeProvider
{
    /// <summary>The style texts rendered so far; a handful at most (the theme's light and dark CSS, the scrollbar's).</summary>
    private static readonly ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);

    /// <summary>At most this many texts are kept; past it (themes built at run time) a text is simply not shared.</summary>
    private const int MaxTexts = 16;

    /// <summary>The one kept instance equal to <paramref name="text"/>.</summary>
    public static string Shared(string text)
    {
        if (Texts.TryGetValue(text, out var kept)) return kept;
        return Texts.Count < MaxTexts ? Texts.GetOrAdd(text, text) : text;
    }

    /// <summary>MudThemeProvider's render (its scrollbar, chart and theme styles), with the shared texts.</summary>
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (!DefaultScrollbar) builder.AddContent(0, (MarkupString)Shared(BuildMudBlazorScrollbar()));
        builder.AddMarkupContent(1, ChartStyle);
        builder.AddContent(2, (MarkupString)Shared(BuildTheme()));
    }

    /// <summary>MudThemeProvider's fixed style for its charts (a constant there too).</summary>
    private const string ChartStyle =
        "<style>\n    .mud-chart-serie:hover {\n        filter: url(#lighten);\n    }\n\n    .mud-chart-serie-hovered \n    {\n        filter: url(#lighten);\n    }\n</style>\n\n";
}
