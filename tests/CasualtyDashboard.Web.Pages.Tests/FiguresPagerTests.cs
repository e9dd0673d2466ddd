using System.Data.Common;
using Bunit;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Web.Components.Pages;
using CasualtyDashboard.Web.Services.Figures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Web.Pages.Tests;

/// <summary>
/// The Figures page's pager while its count is capped (decision 058): "of 60+" (in Arabic "من أكثر من 60") until the exact
/// count, computed in the background, is in; then the exact number. The exact count is held back by a gate on the
/// database's uncapped COUNT, so both states are seen.
/// </summary>
public sealed class FiguresPagerTests : ComponentTest
{
    private const int Stored = 150;
    private readonly CountGate _gate = new();

    [Theory]
    [InlineData("en", "1–25 of 60+", "1–25 of 150")]
    [InlineData("ar", "1–25 من أكثر من 60", "1–25 من 150")]
    public async Task Pager_MoreFiguresThanTheCap_ShowsTheCapUntilTheBackgroundCountIsIn(string language, string capped, string exact)
    {
        using var _ = Strings.Language(language);
        var page = await RenderFiguresAsync();

        page.WaitForAssertion(() => Assert.Contains(capped, Pager(page), StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        _gate.Open();
        page.WaitForAssertion(() => Assert.Contains(exact, Pager(page), StringComparison.Ordinal), TimeSpan.FromSeconds(20));
    }

    [Theory]
    [InlineData("en", "the last 25 of 60+", "126–150 of 150")]
    [InlineData("ar", "آخر 25 من أكثر من 60", "126–150 من 150")]
    public async Task Pager_LastPageWhileCapped_SaysItIsTheLastRowsNotTheirPositions(string language, string cappedEnd, string exactEnd)
    {
        using var _ = Strings.Language(language);
        var page = await RenderFiguresAsync();
        page.WaitForAssertion(() => Assert.Contains("60", Pager(page), StringComparison.Ordinal), TimeSpan.FromSeconds(20));

        // The pager's buttons are first, previous, next, last: the last page of a capped count shows the order's real end,
        // whose positions are not known until the exact count is in.
        page.FindAll("[data-testid=figures-pager] button")[^1].Click();

        page.WaitForAssertion(() => Assert.Contains(cappedEnd, Pager(page), StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        Assert.DoesNotContain("36–60", Pager(page), StringComparison.Ordinal);
        _gate.Open();
        // Once the exact count is in, the page goes to the real end (the count began on the first page), labelled by its real positions.
        page.WaitForAssertion(() => Assert.Contains(exactEnd, Pager(page), StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        Assert.DoesNotContain("60", Pager(page), StringComparison.Ordinal);
    }

    /// <summary>The Figures page on <see cref="Stored"/> figures, its count capped at 60.</summary>
    private async Task<IRenderedComponent<Figures>> RenderFiguresAsync()
    {
        var factory = await DatabaseAsync();
        Services.AddSingleton(new FigureGridQuery(factory) { CountCapRows = 60 });
        Services.AddSingleton(CurrentAnalyst.Named("pages-test"));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(factory);
        Services.AddScoped<FigureReviewService>();
        Services.AddScoped<AnnotationService>();
        Services.AddScoped<FigureReviewActions>();
        Services.AddScoped<FigureGridWarmUp>();
        // The page renders its body in the live circuit only (CircuitOnly, decision 086): render as that circuit does.
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        Render<MudBlazor.MudPopoverProvider>();
        return Render<Figures>();
    }

    private static string Pager(IRenderedComponent<Figures> page) => page.Find("[data-testid=figures-pager]").TextContent;

    /// <summary>A database in memory with <see cref="Stored"/> figures, kept while the context's services live.</summary>
    private async Task<IDbContextFactory<DashboardDbContext>> DatabaseAsync()
    {
        var (factory, keepAlive) = await FiguresTestDatabase.CreateAsync(Stored, _gate);
        Services.AddSingleton(_ => keepAlive);
        return factory;
    }

    /// <summary>Holds every uncapped COUNT of the figures (no LIMIT in it) until opened.</summary>
    private sealed class CountGate : DbCommandInterceptor
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Open() => _open.TrySetResult();

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("COUNT(*)", StringComparison.Ordinal) && command.CommandText.Contains("\"Figures\"", StringComparison.Ordinal)
                && !command.CommandText.Contains("LIMIT", StringComparison.Ordinal))
                await _open.Task.WaitAsync(cancellationToken);
            return result;
        }
    }
}
