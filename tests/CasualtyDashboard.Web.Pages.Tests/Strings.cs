using System.Globalization;
using CasualtyDashboard.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Web.Pages.Tests;

/// <summary>The app's real resource table behind an <see cref="IStringLocalizer{T}"/>, and a way to switch the language.</summary>
internal static class Strings
{
    public static IStringLocalizer<SharedResource> Localizer { get; } = new StringLocalizer<SharedResource>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    /// <summary>Sets the interface language until disposed.</summary>
    public static IDisposable Language(string culture)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        return new Restore(() => (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current));
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
