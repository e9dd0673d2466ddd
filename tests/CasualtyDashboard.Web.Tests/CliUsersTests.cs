extern alias cli;
using System.Net;
using cli::CasualtyDashboard.Cli.Commands;

namespace CasualtyDashboard.Web.Tests;

/// <summary><c>casualty users add</c>: the first Admin from the CLI signs in to the real app; no password, no account.</summary>
public sealed class CliUsersTests
{
    [Fact]
    public async Task UsersAdd_Admin_FromStdin_CreatesAnAdminWhoCanSignIn()
    {
        await using var factory = new DashboardAppFactory();
        var output = new StringWriter();
        var error = new StringWriter();

        var code = new UsersCommand(new StringReader("cli-admin-password\n"))
            .Run(["add", "--admin", "first@cli.example", "--password-stdin", "--db", factory.DatabasePath], output, error);

        Assert.True(code == 0, error.ToString());
        Assert.Contains("first@cli.example created as Admin", output.ToString());
        using var client = await TestAccounts.SignedInClientAsync(factory, "first@cli.example", "cli-admin-password");
        var users = await client.GetAsync("/account/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains("first@cli.example", await users.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("short\n", 1)]
    public void UsersAdd_WithoutAGoodPassword_CreatesNothing(string stdin, int expected)
    {
        var db = Path.Combine(Directory.CreateTempSubdirectory("cd-cli-").FullName, "c.db");
        var error = new StringWriter();

        var code = new UsersCommand(new StringReader(stdin)).Run(["add", "--role", "Analyst", "a@cli.example", "--password-stdin", "--db", db], new StringWriter(), error);

        Assert.Equal(expected, code);
        Assert.NotEmpty(error.ToString());
    }

    [Fact]
    public void UsersAdd_WithoutARole_IsABadCall()
    {
        var error = new StringWriter();
        Assert.Equal(2, new UsersCommand().Run(["add", "a@cli.example"], new StringWriter(), error));
        Assert.Contains("usage:", error.ToString());
    }
}
