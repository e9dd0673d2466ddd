using CasualtyDashboard.E2E.Tests.Pages;
using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests;

[Collection(DemoAppCollection.Name)]
public sealed class DashboardTests(DemoAppFixture fixture)
{
    [Fact]
    public async Task Dashboard_DemoData_DrawsTrendChart_AndRedrawsWhenCategoryChanges()
    {
        var page = await fixture.Browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.Response += (_, r) => { if (r.Status >= 400) errors.Add($"{r.Status} {r.Url}"); };
        var dashboard = new DashboardPage(page);

        await dashboard.OpenAsync(fixture.App.BaseAddress);

        await Assertions.Expect(dashboard.ChartTitle).ToContainTextAsync("Killed in Gaza", new() { Timeout = 60_000 });
        Assert.True(await dashboard.Traces.CountAsync() >= 1, "the chart should hold at least one trace of demo figures");
        await Screenshots.SaveAsync(page, "dashboard-killed");

        // Only a live Blazor circuit can react to this click.
        await dashboard.ChooseCategoryAsync("Injured");
        await Assertions.Expect(dashboard.ChartTitle).ToContainTextAsync("Injured in Gaza", new() { Timeout = 20_000 });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
