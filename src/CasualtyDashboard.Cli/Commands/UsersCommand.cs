using CasualtyDashboard.Data.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Cli.Commands;

/// <summary>
/// <c>casualty users add (--admin | --role Viewer|Analyst|Admin) EMAIL [--password-stdin] [--db PATH | --connection STRING]</c>:
/// creates an account in the dashboard's database (the app's, found as <c>import</c> finds it), migrating it first. The
/// password is asked twice without echo, or read from the first line of standard input with <c>--password-stdin</c>
/// (for scripts: <c>printf '%s\n' "$PW" | casualty users add --admin a@b.org --password-stdin</c>). No default password
/// exists. Exit code 0: created; 1: refused (the reasons are printed); 2: a bad call.
/// </summary>
public sealed class UsersCommand(TextReader? input = null) : ICommand
{
    public string Name => "users";

    public string Usage => "users add (--admin | --role Viewer|Analyst|Admin) EMAIL [--password-stdin] [--db PATH | --connection STRING]   create an account";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0 || args[0] != "add") return BadCall(error);
        string? email = null, role = null, db = null, connection = null;
        var fromStdin = false;
        for (var i = 1; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--admin": role = Roles.Admin; break;
                case "--role" when value is not null: role = value; i++; break;
                case "--password-stdin": fromStdin = true; break;
                case "--db" when value is not null: db = value; i++; break;
                case "--connection" when value is not null: connection = value; i++; break;
                default:
                    if (email is null && !args[i].StartsWith('-'))
                    {
                        email = args[i];
                        break;
                    }
                    error.WriteLine($"users: unexpected argument '{args[i]}'");
                    return BadCall(error);
            }
        }
        if (email is null || role is null || (db is not null && connection is not null)) return BadCall(error);
        if (Roles.Parse(role) is not { } roleName)
        {
            error.WriteLine($"users: unknown role '{role}': {string.Join(", ", Roles.All)}");
            return 2;
        }

        var password = fromStdin ? (input ?? Console.In).ReadLine() : Prompt(error);
        if (string.IsNullOrEmpty(password))
        {
            error.WriteLine(fromStdin ? "users: no password on standard input" : "users: no password given");
            return 1;
        }

        var connectionString = AccountsDatabase.ConnectionString(db, connection);
        try
        {
            var result = CreateAsync(connectionString, email, password, roleName, output).GetAwaiter().GetResult();
            if (!result.Succeeded)
            {
                error.WriteLine($"users: {email} was not created: {result}");
                return 1;
            }
            output.WriteLine($"{email.Trim()} created as {roleName}; they can sign in now.");
            return 0;
        }
        catch (Exception ex) when (AccountsDatabase.IsUnusable(ex))
        {
            error.WriteLine($"users: the database could not be used: {ex.GetBaseException().Message}");
            return 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<AccountResult> CreateAsync(string connectionString, string email, string password, string role, TextWriter output)
    {
        await using var provider = await AccountsDatabase.OpenAsync(connectionString, output);
        return await provider.GetRequiredService<UserAccountService>().CreateAsync(email, password, role);
    }

    /// <summary>Asks for the password twice on the terminal without showing it.</summary>
    private static string? Prompt(TextWriter error)
    {
        if (Console.IsInputRedirected)
        {
            error.WriteLine("users: standard input is not a terminal: pass --password-stdin to read the password from it");
            return null;
        }
        var first = ReadHidden("Password: ");
        var second = ReadHidden("Password again: ");
        if (first == second) return first;
        error.WriteLine("users: the two passwords differ");
        return null;
    }

    private static string ReadHidden(string prompt)
    {
        Console.Error.Write(prompt);
        var text = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0) text.Length--;
                continue;
            }
            if (!char.IsControl(key.KeyChar)) text.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return text.ToString();
    }

    private int BadCall(TextWriter error)
    {
        error.WriteLine("usage: casualty " + Usage);
        return 2;
    }
}
