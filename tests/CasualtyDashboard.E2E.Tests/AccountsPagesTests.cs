using System.Net;
using System.Net.Http.Headers;
using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests;

/// <summary>
/// The account pages in Chromium: sign in through the real form (wrong password first), the users page adds an
/// Analyst, the keys page shows a new key once and the key reads the API; an Analyst's click on an Admin's write (adding a feed)
/// is refused by the service behind the button. Screenshots in English and Arabic.
/// </summary>
public sealed class AccountsPagesTests : IAsyncLifetime
{
    private readonly BrowserFixture _browser = new();
    private AppProcess _app = default!;

    public async Task InitializeAsync()
    {
        _app = await AppProcess.StartAsync(new Dictionary<string, string> { ["Demo:Enabled"] = "false", ["Jobs:Enabled"] = "false" });
        await _browser.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(_app.DataFolder, recursive: true); } catch (IOException) { }
    }

    private string Url(string path) => new Uri(_app.BaseAddress, path).ToString();

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GetByTestId("field-email").FillAsync(email);
        await page.GetByTestId("field-password").FillAsync(password);
        await page.GetByTestId("signin-submit").ClickAsync();
    }

    [Fact]
    public async Task SignIn_ThroughThePage_ThenUsersAndKeys_InEnglishAndArabic()
    {
        var context = await _browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(Url("figures"));
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin\\?ReturnUrl=%2Ffigures"));
        await Screenshots.SaveAsync(page, "signin-en");
        await SignInAsync(page, AppSessions.AdminEmail, "not-the-password");
        await Assertions.Expect(page.GetByTestId("signin-error")).ToContainTextAsync("The email or password is wrong.");
        await SignInAsync(page, AppSessions.AdminEmail, AppSessions.AdminPassword);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/figures$")); // back where the visitor was sent from
        await Assertions.Expect(page.GetByTestId("account-name")).ToHaveTextAsync(AppSessions.AdminEmail);

        await page.GotoAsync(Url("account/users"));
        await Assertions.Expect(page.GetByTestId("users-title")).ToHaveAttributeAsync("data-interactive", "true");
        await page.GetByTestId("user-email").FillAsync("analyst@e2e.example");
        await page.GetByTestId("user-email").PressAsync("Tab");
        await page.GetByTestId("user-password").FillAsync("analyst-password-e2e");
        await page.GetByTestId("user-password").PressAsync("Tab");
        await page.GetByTestId("user-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("users-message")).ToContainTextAsync("analyst@e2e.example can sign in now.");
        await Assertions.Expect(page.Locator("[data-testid=user-row][data-email='analyst@e2e.example']")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "users-en");

        await page.GotoAsync(Url("account/keys"));
        await Assertions.Expect(page.GetByTestId("keys-title")).ToHaveAttributeAsync("data-interactive", "true");
        await page.GetByTestId("key-name").FillAsync("nightly-export");
        await page.GetByTestId("key-name").PressAsync("Tab");
        await page.GetByTestId("key-create").ClickAsync();
        var token = (await page.GetByTestId("key-token").TextContentAsync())!.Trim();
        Assert.StartsWith("cdk_", token);
        await Screenshots.SaveAsync(page, "keys-en");
        using (var http = new HttpClient { BaseAddress = _app.BaseAddress })
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("api/series")).StatusCode);
            using var post = await http.PostAsync("api/articles", new StringContent("[]", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode); // a read key cannot ingest
        }
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("key-token")).ToHaveCountAsync(0); // shown once
        await Assertions.Expect(page.Locator("[data-testid=key-row][data-name='nightly-export']")).ToContainTextAsync("cdk_");

        await page.GotoAsync(Url("culture/set?culture=ar&redirectUri=/account/keys"));
        await Assertions.Expect(page.GetByTestId("keys-title")).ToHaveTextAsync("مفاتيح الواجهة البرمجية");
        await Screenshots.SaveAsync(page, "keys-ar");
        await page.GotoAsync(Url("account/users"));
        await Assertions.Expect(page.GetByTestId("users-title")).ToHaveAttributeAsync("data-interactive", "true");
        await Screenshots.SaveAsync(page, "users-ar");
        await page.GetByTestId("sign-out").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));
        await Assertions.Expect(page.GetByTestId("signin-submit")).ToHaveTextAsync("تسجيل الدخول");
        await Screenshots.SaveAsync(page, "signin-ar");
        await context.CloseAsync();
    }

    [Fact]
    public async Task AnAnalyst_ClickingAnAdminWrite_IsRefusedByTheService()
    {
        using (var admin = AppSessions.Client(_app.BaseAddress))
        {
            // Through the users page's service, as the Admin: there is no HTTP endpoint for accounts.
            var context = await _browser.Browser.NewSignedInContextAsync(_app.BaseAddress);
            var page = await context.NewPageAsync();
            await page.GotoAsync(Url("account/users"));
            await Assertions.Expect(page.GetByTestId("users-title")).ToHaveAttributeAsync("data-interactive", "true");
            await page.GetByTestId("user-email").FillAsync("analyst2@e2e.example");
            await page.GetByTestId("user-email").PressAsync("Tab");
            await page.GetByTestId("user-password").FillAsync("analyst-password-e2e");
            await page.GetByTestId("user-password").PressAsync("Tab");
            await page.GetByTestId("user-add").ClickAsync();
            await Assertions.Expect(page.GetByTestId("users-message")).ToContainTextAsync("analyst2@e2e.example can sign in now.");
            await context.CloseAsync();
            var feed = new StringContent("{\"text\": \"قتل 4 أشخاص في غارة على مدينة غزة.\", \"published\": \"2024-01-02\"}\n", System.Text.Encoding.UTF8, "application/x-ndjson");
            Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("api/articles", feed)).StatusCode);
        }

        var viewer = await _browser.Browser.NewContextAsync();
        var viewerPage = await viewer.NewPageAsync();
        await viewerPage.GotoAsync(Url("account/signin"));
        await SignInAsync(viewerPage, "analyst2@e2e.example", "analyst-password-e2e");
        await viewerPage.GotoAsync(Url("feeds"));
        await Assertions.Expect(viewerPage.GetByTestId("feeds-title")).ToHaveAttributeAsync("data-interactive", "true");
        await viewerPage.GetByTestId("feed-url").FillAsync("https://news.example/rss.xml");
        await viewerPage.GetByTestId("feed-url").PressAsync("Tab");
        await viewerPage.GetByTestId("feed-outlet").FillAsync("وكالة");
        await viewerPage.GetByTestId("feed-outlet").PressAsync("Tab");
        await viewerPage.GetByTestId("feed-add").ClickAsync();
        await Assertions.Expect(viewerPage.GetByTestId("page-error-reason")).ToHaveTextAsync("Your role does not allow this action.");
        await viewer.CloseAsync();
        using var check = AppSessions.Client(_app.BaseAddress);
        Assert.DoesNotContain("news.example", await check.GetStringAsync("feeds"));
    }
}
