using MudBlazor;

namespace CasualtyDashboard.Web.Components.Layout;

/// <summary>
/// The one theme of the interface, light and dark (the app bar's toggle switches), set once in <see cref="MainLayout"/>.
/// Pages take colours from it (MudBlazor's palette variables, <c>var(--mud-palette-…)</c>), never their own.
/// </summary>
public static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#8a5a00",
            AppbarBackground = "#1f4e79",
            Error = "#b3261e",
            Warning = "#8a5a00",
            Background = "#fafafa",
            DrawerBackground = "#ffffff",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4e8",
            Secondary = "#f0b34a",
            AppbarBackground = "#15293d",
            Error = "#f2b8b5",
            Warning = "#f0b34a",
        },
        Typography = new Typography
        {
            // Arabic text needs a face with Arabic letters: the system's own, after Roboto for Latin.
            Default = new DefaultTypography { FontFamily = ["Roboto", "Segoe UI", "Noto Sans Arabic", "Noto Naskh Arabic", "Tahoma", "Arial", "sans-serif"] },
            // Words as written: Arabic has no capitals, and English labels read the same way.
            Button = new ButtonTypography { TextTransform = "none" },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px", DrawerWidthRight = "220px" },
    };
}
