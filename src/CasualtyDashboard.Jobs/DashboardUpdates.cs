using System.Globalization;

namespace CasualtyDashboard.Jobs;

/// <summary>
/// Tells open pages that stored data changed (new figures, finished runs). Singleton; subscribers are Blazor
/// components, which marshal the callback onto their own renderer.
/// </summary>
/// <remarks>
/// A notification comes from a job's thread, whose culture is the server's; a render started from it would read that
/// culture (an Arabic page re-rendered in English). Each callback therefore runs in the culture its subscriber had
/// when it subscribed: the culture of the page's circuit.
/// </remarks>
public sealed class DashboardUpdates
{
    private readonly Lock _gate = new();
    private readonly List<Func<DashboardChange, Task>> _subscribers = [];

    public IDisposable Subscribe(Func<DashboardChange, Task> onChange)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        Func<DashboardChange, Task> inCulture = change => InCulture(culture, uiCulture, onChange, change);
        lock (_gate) _subscribers.Add(inCulture);
        return new Subscription(this, inCulture);
    }

    private static Task InCulture(CultureInfo culture, CultureInfo uiCulture, Func<DashboardChange, Task> onChange, DashboardChange change)
    {
        var (callerCulture, callerUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
        try
        {
            // The callback's continuations keep the culture set here: it flows with the execution context they capture.
            return onChange(change);
        }
        finally
        {
            CultureInfo.CurrentCulture = callerCulture;
            CultureInfo.CurrentUICulture = callerUiCulture;
        }
    }

    public async Task NotifyAsync(DashboardChange change)
    {
        Func<DashboardChange, Task>[] subscribers;
        lock (_gate) subscribers = [.. _subscribers];
        foreach (var subscriber in subscribers)
        {
            // One broken page must not stop the others, nor the job that notifies.
            try { await subscriber(change); }
            catch (Exception) { }
        }
    }

    private void Unsubscribe(Func<DashboardChange, Task> onChange)
    {
        lock (_gate) _subscribers.Remove(onChange);
    }

    private sealed class Subscription(DashboardUpdates owner, Func<DashboardChange, Task> onChange) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(onChange);
    }
}
