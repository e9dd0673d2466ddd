using Bunit;
using CasualtyDashboard.Web.Components.Layout;
using CasualtyDashboard.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Web.Components.Tests;

/// <summary>The drawer's links, drawn as MudBlazor's nav-link markup by one component.</summary>
public sealed class NavLinksTests : ComponentTest
{
    [Fact]
    public void Links_MarkTheCurrentPage_FollowNavigation_AndShowAdminLinksToAdminsOnly()
    {
        AddAuthorization().SetAuthorized("analyst");
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("figures?region=gaza");

        var links = Render<NavLinks>();
        string[] Active() => [.. links.FindAll("a.mud-nav-link.active").Select(a => a.GetAttribute("href") ?? "")];

        Assert.Equal(["figures"], Active());
        Assert.Equal("page", links.Find("a[href=figures]").GetAttribute("aria-current"));
        Assert.Equal("Conflicts", links.Find("a[href=conflicts] .mud-nav-link-text").TextContent.Trim());
        Assert.NotNull(links.Find("a[href=conflicts] svg.mud-nav-link-icon path"));
        Assert.Equal("_top", links.Find("a[href=hangfire]").GetAttribute("target"));
        Assert.Empty(links.FindAll("a[href=audit]"));

        navigation.NavigateTo("");
        links.WaitForAssertion(() => Assert.Equal([""], Active()));
    }

    [Fact]
    public void Links_ForAnAdmin_IncludeUsersKeysAndAudit()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("admin");
        auth.SetPolicies(Policies.Admin);

        var links = Render<NavLinks>();

        Assert.Equal(["account/users", "account/keys", "audit"], links.FindAll("a").Select(a => a.GetAttribute("href") ?? "").TakeLast(3));
    }

    [Fact]
    public void ClickOnALink_TellsTheDrawer_SoADrawerOverThePageCloses()
    {
        AddAuthorization().SetAuthorized("analyst");
        var drawer = new CountingDrawer();

        var links = Render<NavLinks>(p => p.AddCascadingValue<MudBlazor.Interfaces.INavigationEventReceiver>(drawer));
        links.Find("a[href=conflicts]").Click();
        links.Find("a[href=figures]").Click();

        Assert.Equal(2, drawer.Navigations);
    }

    private sealed class CountingDrawer : MudBlazor.Interfaces.INavigationEventReceiver
    {
        public int Navigations { get; private set; }

        public Task OnNavigation()
        {
            Navigations++;
            return Task.CompletedTask;
        }
    }

    [Theory]
    [InlineData("", "", true)]
    [InlineData("?from=2024-01-01", "", true)]
    [InlineData("figures", "", false)]
    [InlineData("figures", "figures", true)]
    [InlineData("figures/", "figures", true)]
    [InlineData("articles/12?claim=3", "articles", true)]
    [InlineData("articlesx", "articles", false)]
    [InlineData("account/keys", "account/users", false)]
    public void IsActive_TheDashboardAtTheRootOnly_OtherLinksAtTheirPathAndBelow(string path, string href, bool active) =>
        Assert.Equal(active, NavPaths.IsActive(path, href));
}
