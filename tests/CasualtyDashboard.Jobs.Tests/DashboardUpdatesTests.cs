using System.Globalization;

namespace CasualtyDashboard.Jobs.Tests;

public sealed class DashboardUpdatesTests
{
    /// <summary>
    /// A page subscribes in its circuit's culture (Arabic); a job on another thread, in the server's culture, notifies.
    /// The page's callback and what it runs after its first await must see Arabic, or the page re-renders in English.
    /// </summary>
    [Fact]
    public async Task Notify_FromAJobThreadInAnotherCulture_RunsTheCallbackInTheSubscribersCulture()
    {
        var updates = new DashboardUpdates();
        var seen = new List<string>();
        using var subscription = await Task.Run(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar");
            return updates.Subscribe(async change =>
            {
                seen.Add(CultureInfo.CurrentUICulture.Name + "/" + CultureInfo.CurrentCulture.Name);
                await Task.Yield();
                seen.Add(CultureInfo.CurrentUICulture.Name + "/" + CultureInfo.CurrentCulture.Name);
            });
        });

        var jobCulture = await Task.Run(async () =>
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en-US");
            await updates.NotifyAsync(new DashboardChange("jobs"));
            return CultureInfo.CurrentUICulture.Name; // the job's own culture is left as it was
        });

        Assert.Equal(["ar/ar", "ar/ar"], seen);
        Assert.Equal("en-US", jobCulture);
    }

    [Fact]
    public async Task Dispose_StopsTheCallbacks_AndABrokenSubscriberDoesNotStopTheOthers()
    {
        var updates = new DashboardUpdates();
        var calls = 0;
        using var broken = updates.Subscribe(_ => throw new InvalidOperationException("broken page"));
        var counted = updates.Subscribe(_ => { calls++; return Task.CompletedTask; });

        await updates.NotifyAsync(new DashboardChange("jobs"));
        counted.Dispose();
        await updates.NotifyAsync(new DashboardChange("jobs"));

        Assert.Equal(1, calls);
    }
}
