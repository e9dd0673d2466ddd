using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests;

/// <summary>Browser contexts signed in as the app's Admin: the session <see cref="AppSessions"/> made once, reused (as a storage state would be).</summary>
public static class BrowserSessions
{
    public static async Task<IBrowserContext> NewSignedInContextAsync(this IBrowser browser, Uri app, BrowserNewContextOptions? options = null)
    {
        var context = await browser.NewContextAsync(options ?? new());
        var cookies = AppSessions.Jar(app).GetCookies(app).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = app.Host, Path = "/", HttpOnly = c.HttpOnly, SameSite = SameSiteAttribute.Lax,
        }).ToList();
        await context.AddCookiesAsync(cookies);
        return context;
    }

    public static async Task<IPage> NewSignedInPageAsync(this IBrowser browser, Uri app, BrowserNewContextOptions? options = null)
    {
        var context = await browser.NewSignedInContextAsync(app, options);
        var page = await context.NewPageAsync();
        // An event handler is async void: an exception here (the browser already closed at a fixture's end) would end the
        // test host, so a context that cannot be closed any more is left alone.
        page.Close += async (_, _) =>
        {
            try { await context.CloseAsync(); }
            catch (PlaywrightException) { }
        };
        return page;
    }
}
