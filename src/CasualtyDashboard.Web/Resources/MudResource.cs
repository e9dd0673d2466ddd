using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CasualtyDashboard.Web.Resources;

/// <summary>
/// Marker for MudBlazor's own strings (pager, filters, dialogs, pickers): <c>MudResource.resx</c> (MudBlazor's English) and
/// <c>MudResource.ar.resx</c> (Arabic), written by <c>tools/mud-strings.py</c>. MudBlazor 9.14 ships English only.
/// </summary>
public sealed class MudResource;

/// <summary>
/// MudBlazor's strings in the interface language, from <see cref="MudResource"/>. MudBlazor asks it for every language but
/// English (its own strings there); a key not in the table falls back to MudBlazor's English.
/// </summary>
public sealed class MudResourceLocalizer(IStringLocalizer<MudResource> strings) : MudLocalizer
{
    public override LocalizedString this[string key] => strings[key];

    public override LocalizedString this[string key, params object[] arguments] => strings[key, arguments];
}
