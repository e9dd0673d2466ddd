using System.Globalization;
using Bunit;
using CasualtyDashboard.Web.Resources;
using CasualtyDashboard.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace CasualtyDashboard.Web.Components.Tests;

/// <summary>
/// A bUnit context with MudBlazor's services, our localisation (the app's resource tables) and loose JS interop, in the
/// interface language <paramref name="culture"/>. Disposed asynchronously: MudBlazor's services are only IAsyncDisposable.
/// </summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _ui = CultureInfo.CurrentUICulture;
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;

    protected ComponentTest(string culture = "en")
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddTransient<MudLocalizer, MudResourceLocalizer>();
        Services.AddScoped<CodeNames>();
        Services.AddScoped<ConflictLabels>();
        Services.AddScoped<MessageText>();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        CultureInfo.CurrentUICulture = _ui;
        CultureInfo.CurrentCulture = _culture;
        await base.DisposeAsync();
    }
}
