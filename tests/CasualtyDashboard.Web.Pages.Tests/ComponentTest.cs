using Bunit;
using CasualtyDashboard.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace CasualtyDashboard.Web.Pages.Tests;

/// <summary>
/// A bUnit context with MudBlazor's services, the app's resource table and its naming classes. Disposed asynchronously
/// (MudBlazor's services only implement IAsyncDisposable), and with a popover and dialog provider rendered for dialogs.
/// </summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    protected ComponentTest()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddScoped<CodeNames>();
        Services.AddScoped<SeriesNames>();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    /// <summary>Renders the dialog provider and opens a dialog in it.</summary>
    protected async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> OpenAsync<TDialog>(DialogParameters? parameters = null)
        where TDialog : Microsoft.AspNetCore.Components.IComponent
    {
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var service = Services.GetRequiredService<IDialogService>();
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await service.ShowAsync<TDialog>("title", parameters ?? [], new DialogOptions()));
        return (provider, dialog!);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
