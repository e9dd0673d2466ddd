using Bunit;
using CasualtyDashboard.Web.Components.Layout;

namespace CasualtyDashboard.Web.Components.Tests;

/// <summary>The theme's CSS is rendered as MudThemeProvider writes it, and every circuit keeps one shared instance of it (decision 068).</summary>
public sealed class SharedThemeProviderTests : ComponentTest
{
    [Fact]
    public void Theme_RendersThePalette_LightOrDark_AndEqualTextsAreOneInstance()
    {
        var light = Render<SharedThemeProvider>(p => p.Add(t => t.Theme, DashboardTheme.Theme));
        var dark = Render<SharedThemeProvider>(p => p.Add(t => t.Theme, DashboardTheme.Theme).Add(t => t.IsDarkMode, true));

        Assert.Contains("--mud-palette-primary:", light.Markup, StringComparison.Ordinal);
        Assert.Contains("mud-theme-provider", dark.Markup, StringComparison.Ordinal);
        Assert.NotEqual(light.Markup, dark.Markup);

        // A text built again (another circuit's render) is exchanged for the instance kept first.
        var first = SharedThemeProvider.Shared(new string('x', 3) + "-theme-text");
        var again = SharedThemeProvider.Shared(string.Concat("xxx", "-theme-text"));
        Assert.Same(first, again);
    }
}
