using System.Globalization;
using CasualtyDashboard.Data.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Cli.Commands;

/// <summary>
/// <c>casualty keys add NAME --scope read,ingest,decide</c> | <c>keys list</c> | <c>keys revoke ID</c>, each with
/// <c>[--db PATH | --connection STRING]</c>: API keys for scripts from the server's shell, as the Admins' keys page makes
/// them. A new key is printed once on standard output (its own last line, for <c>$(...)</c>) and stored only hashed; the
/// key records <c>cli:USER</c> as its creator. Exit code 0: done; 1: refused or failed (the reason is printed); 2: a bad call.
/// </summary>
public sealed class KeysCommand : ICommand
{
    public string Name => "keys";

    public string Usage => "keys (add NAME --scope read[,ingest,decide] | list | revoke ID) [--db PATH | --connection STRING]   API keys for scripts";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0 || args[0] is not ("add" or "list" or "revoke")) return BadCall(error);
        string? name = null, scopes = null, db = null, connection = null;
        for (var i = 1; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--scope" or "--scopes" when value is not null: scopes = value; i++; break;
                case "--db" when value is not null: db = value; i++; break;
                case "--connection" when value is not null: connection = value; i++; break;
                default:
                    if (name is null && !args[i].StartsWith('-') && args[0] != "list")
                    {
                        name = args[i];
                        break;
                    }
                    error.WriteLine($"keys: unexpected argument '{args[i]}'");
                    return BadCall(error);
            }
        }
        if (db is not null && connection is not null) return BadCall(error);
        if (args[0] == "add" && (name is null || scopes is null)) return BadCall(error);
        long id = 0;
        if (args[0] == "revoke" && !long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out id)) return BadCall(error);

        try
        {
            return RunAsync(args[0], name, scopes, id, AccountsDatabase.ConnectionString(db, connection), output, error).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (AccountsDatabase.IsUnusable(ex))
        {
            error.WriteLine($"keys: the database could not be used: {ex.GetBaseException().Message}");
            return 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<int> RunAsync(string verb, string? name, string? scopes, long id, string connectionString, TextWriter output, TextWriter error)
    {
        await using var provider = await AccountsDatabase.OpenAsync(connectionString, output);
        var keys = provider.GetRequiredService<ApiKeyService>();
        switch (verb)
        {
            case "add":
                var (created, problem) = await keys.CreateAsync(name!, scopes!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                if (created is null)
                {
                    error.WriteLine($"keys: {problem}");
                    return 1;
                }
                output.WriteLine($"key {created.Key.Id} '{created.Key.Name}' created with scopes {string.Join(", ", created.Key.Scopes)}; it is shown once, here:");
                output.WriteLine(created.Token);
                return 0;
            case "revoke":
                if (await keys.RevokeAsync(id))
                {
                    output.WriteLine($"key {id} revoked");
                    return 0;
                }
                error.WriteLine($"keys: no live key has id {id}");
                return 1;
            default:
                foreach (var k in await keys.ListAsync())
                {
                    var state = k.Revoked ? $"revoked {k.RevokedAt:yyyy-MM-dd HH:mm} by {k.RevokedBy}" : k.LastUsedAt is { } used ? $"last used {used:yyyy-MM-dd HH:mm}" : "never used";
                    output.WriteLine($"{k.Id}\t{k.Name}\tcdk_{k.Prefix}_…\t{string.Join(",", k.Scopes)}\tcreated {k.CreatedAt:yyyy-MM-dd HH:mm} by {k.CreatedBy}\t{state}");
                }
                return 0;
        }
    }

    private int BadCall(TextWriter error)
    {
        error.WriteLine("usage: casualty " + Usage);
        return 2;
    }
}
