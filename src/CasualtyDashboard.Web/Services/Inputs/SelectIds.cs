using System.Collections.Concurrent;

namespace CasualtyDashboard.Web.Services.Inputs;

/// <summary>
/// A select's element ids (its button, label, list and options) and its class lists. The ids are made once per select and
/// the class lists once per app, so a render does not build them again and every circuit's render tree points at the same
/// strings (decision 072: a circuit's strings were about a tenth of what it kept).
/// </summary>
public sealed record SelectIds(string Button, string Label, string List, string LabelledBy)
{
    private const string OptionBase = "mud-list-item mud-list-item-dense mud-list-item-gutters mud-list-item-clickable light-select-option";
    private const string Chosen = " mud-selected-item mud-primary-text";
    private const string ActiveOption = " light-select-active";

    private static readonly string[] OptionClasses = [OptionBase, OptionBase + Chosen, OptionBase + ActiveOption, OptionBase + Chosen + ActiveOption];

    // Keyed by the classes a page's markup gives (a handful of constants), never by anything a user types.
    private static readonly ConcurrentDictionary<string, string> RootClasses = new(StringComparer.Ordinal);

    /// <summary>Ids for a new select: <c>select-</c> and eight hex digits, with <c>-label</c> and <c>-list</c>.</summary>
    public static SelectIds New()
    {
        var id = "select-" + Guid.NewGuid().ToString("N")[..8];
        return new SelectIds(id, id + "-label", id + "-list", id + "-label " + id);
    }

    /// <summary>The id of the option at <paramref name="index"/> (made only while the list is open).</summary>
    public string Option(int index) => $"{Button}-{index}";

    /// <summary>The select's root classes with the page's own (<paramref name="extra"/>): one string per distinct value.</summary>
    public static string RootClass(string? extra) =>
        extra is null ? "mud-select light-select" : RootClasses.GetOrAdd(extra, e => "mud-select light-select " + e);

    /// <summary>An option's MudBlazor list-item classes, chosen (primary text) and active (the keyboard's) or not.</summary>
    public static string OptionClass(bool chosen, bool active) => OptionClasses[(chosen ? 1 : 0) + (active ? 2 : 0)];
}
