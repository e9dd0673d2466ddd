using System.Net;
using System.Text.RegularExpressions;
using CasualtyDashboard.Data.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Web.Tests;

/// <summary>Accounts made through the app's own service, and sign-in through the real form (antiforgery token included).</summary>
public static partial class TestAccounts
{
    public const string Password = "a-long-test-password";

    public static async Task CreateAsync(WebApplicationFactory<Program> factory, string email, string role)
    {
        var result = await factory.Services.GetRequiredService<UserAccountService>().CreateAsync(email, Password, role);
        Assert.True(result.Succeeded, result.ToString());
    }

    /// <summary>A client with no key that has signed in as <paramref name="email"/> through <c>/account/signin</c> (its cookie kept).</summary>
    public static async Task<HttpClient> SignedInClientAsync(WebApplicationFactory<Program> factory, string email, string password = Password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = null;
        var response = await PostSignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("error=", response.Headers.Location?.ToString() ?? "");
        return client;
    }

    /// <summary>Fills in and posts the sign-in form; the answer is the redirect (on, or back with <c>?error=</c>).</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/account/signin");
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        Assert.NotEmpty(token);
        return await client.PostAsync("/account/session", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["email"] = email, ["password"] = password, ["returnUrl"] = "/",
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
