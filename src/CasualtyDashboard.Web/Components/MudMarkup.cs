using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace CasualtyDashboard.Web.Components;

/// <summary>
/// MudBlazor's look written as markup (its classes) rather than its components, for the controls every circuit keeps
/// (decisions 063 and 068: a MudIcon or MudIconButton is a component with its own frames per circuit; the same SVG as
/// markup is a few frames of its parent). One place for the icon markup and for MudBlazor's own strings.
/// </summary>
public static class MudMarkup
{
    /// <summary>One of MudBlazor's icons (its SVG paths, e.g. <c>Icons.Material.Filled.Clear</c>) as MudIcon draws it.</summary>
    /// <param name="icon">The icon's SVG content.</param>
    /// <param name="classes">Classes after <c>mud-icon-root mud-svg-icon</c>, e.g. <c>mud-icon-size-small</c>.</param>
    public static RenderFragment Icon(string icon, string classes) => builder => WriteIcon(builder, icon, classes);

    /// <summary>An icon inside MudIconButton's label span, at a MudBlazor size (<c>small</c>, <c>medium</c>, <c>large</c>).</summary>
    public static RenderFragment ButtonIcon(string icon, string size) => builder =>
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "mud-icon-button-label");
        WriteIcon(builder, icon, SizeClasses.GetOrAdd(size, s => "mud-icon-size-" + s));
        builder.CloseElement();
    };

    /// <summary>MudBlazor's own string (our Arabic table through <see cref="MudLocalizer"/> when one is registered), else its English.</summary>
    public static string Text(IServiceProvider services, string key, string english) =>
        services.GetService(typeof(MudLocalizer)) is MudLocalizer mud && mud[key] is { ResourceNotFound: false } s ? s.Value : english;

    // The class lists an icon is drawn with, one string each per app rather than one per render of every circuit's icons
    // (decision 072). Keyed by the classes the markup passes, constants of this app, never by anything a user types.
    private static readonly ConcurrentDictionary<string, string> IconClasses = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> SizeClasses = new(StringComparer.Ordinal);

    private static void WriteIcon(RenderTreeBuilder builder, string icon, string classes)
    {
        builder.OpenRegion(10);
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", IconClasses.GetOrAdd(classes, c => "mud-icon-root mud-svg-icon " + c));
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddMarkupContent(5, icon);
        builder.CloseElement();
        builder.CloseRegion();
    }
}
