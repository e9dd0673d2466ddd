namespace CasualtyDashboard.Jobs;

/// <summary>
/// Tells open pages that stored data changed (new figures, finished runs). Singleton; subscribers are Blazor
/// components, which marshal the callback onto their own renderer.
/// </summary>
public sealed class DashboardUpdates
{
    private readonly Lock _gate = new();
    private readonly List<Func<DashboardChange, Task>> _subscribers = [];

    public IDisposable Subscribe(Func<DashboardChange, Task> onChange)
    {
        lock (_gate) _subscribers.Add(onChange);
        return new Subscription(this, onChange);
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
