extern alias cli;
using System.Net;
using System.Net.Http.Headers;
using cli::CasualtyDashboard.Cli.Commands;

namespace CasualtyDashboard.Web.Tests;

/// <summary><c>casualty keys</c>: a key made from the shell works on the real app with its scope only, and stops when revoked.</summary>
public sealed class CliKeysTests
{
    [Fact]
    public async Task KeysAdd_ReadScope_ReadsTheApiButCannotIngest_AndRevokeStopsIt()
    {
        await using var factory = new DashboardAppFactory();
        var output = new StringWriter();
        var error = new StringWriter();

        var code = new KeysCommand().Run(["add", "shell-reader", "--scope", "read", "--db", factory.DatabasePath], output, error);

        Assert.True(code == 0, error.ToString());
        var token = output.ToString().TrimEnd().Split('\n')[^1].Trim();
        Assert.StartsWith("cdk_", token);
        using var client = factory.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/series")).StatusCode);
        using var post = await client.PostAsync("/api/articles", new StringContent("{\"text\":\"x\"}\n", System.Text.Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);

        var list = new StringWriter();
        Assert.Equal(0, new KeysCommand().Run(["list", "--db", factory.DatabasePath], list, error));
        var line = list.ToString().Split('\n').Single(l => l.Contains("shell-reader", StringComparison.Ordinal));
        Assert.Contains("cli:", line);
        Assert.DoesNotContain(token, list.ToString());
        var id = line.Split('\t')[0];

        Assert.Equal(0, new KeysCommand().Run(["revoke", id, "--db", factory.DatabasePath], new StringWriter(), error));
        Assert.Equal(1, new KeysCommand().Run(["revoke", id, "--db", factory.DatabasePath], new StringWriter(), error));
        // Validation is not cached: the next request with the revoked key is refused.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/series")).StatusCode);
    }

    [Theory]
    [InlineData(new[] { "add", "no-scope" }, 2)]
    [InlineData(new[] { "revoke", "x" }, 2)]
    [InlineData(new[] { "rotate" }, 2)]
    public void Keys_BadCalls_PrintUsage(string[] args, int expected)
    {
        var error = new StringWriter();
        Assert.Equal(expected, new KeysCommand().Run(args, new StringWriter(), error));
        Assert.Contains("usage:", error.ToString());
    }

    [Fact]
    public void KeysAdd_UnknownScope_IsRefusedWithTheScopesNamed()
    {
        var db = Path.Combine(Directory.CreateTempSubdirectory("cd-cli-").FullName, "c.db");
        var error = new StringWriter();
        Assert.Equal(1, new KeysCommand().Run(["add", "k", "--scope", "read,everything", "--db", db], new StringWriter(), error));
        Assert.Contains("Unknown scope 'everything'", error.ToString());
    }
}
