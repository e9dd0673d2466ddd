using System.Security.Cryptography;
using System.Text;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Accounts;
using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace CasualtyDashboard.Web.Tests;

/// <summary>
/// API keys with known tokens, stored (as their SHA-256, as the app stores keys) when a test host starts, so every host
/// of a test, derived ones included, accepts them. The tokens have the app's shape: <c>cdk_PREFIX_SECRET</c>.
/// </summary>
public static class TestKeys
{
    public const string AllName = "tests-all";

    public const string All = "cdk_kkkkevry_QWxsLXNjb3Blcy10ZXN0LWtleS1ub3QtYS1zZWNyZXQtYXQtYWxs";
    public const string ReadOnly = "cdk_kkkkread_UmVhZC1vbmx5LXRlc3Qta2V5LW5vdC1hLXNlY3JldC1hdC1hbGw";
    public const string IngestOnly = "cdk_kkkingst_SW5nZXN0LW9ubHktdGVzdC1rZXktbm90LWEtc2VjcmV0LWF0LWFs";
    public const string DecideOnly = "cdk_kkdecide_RGVjaWRlLW9ubHktdGVzdC1rZXktbm90LWEtc2VjcmV0LWF0LWFs";

    /// <summary>The actor name writes made with <see cref="All"/> are recorded as.</summary>
    public const string AllActor = "key:" + AllName;

    private static readonly (string Name, string Token, string Scopes)[] Keys =
    [
        (AllName, All, "read ingest decide"),
        ("tests-read", ReadOnly, "read"),
        ("tests-ingest", IngestOnly, "ingest"),
        ("tests-decide", DecideOnly, "decide"),
    ];

    internal sealed class Seeder(IDbContextFactory<DashboardDbContext> factory) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            foreach (var (name, token, scopes) in Keys)
            {
                var prefix = ApiKeyService.ParsePrefix(token) ?? throw new InvalidOperationException($"{token} is not a key");
                if (await db.ApiKeys.AnyAsync(k => k.Prefix == prefix, cancellationToken)) continue;
                db.ApiKeys.Add(new ApiKey
                {
                    Name = name, Prefix = prefix, SecretHash = SHA256.HashData(Encoding.UTF8.GetBytes(token)), Scopes = scopes,
                    CreatedAt = DateTime.UtcNow, CreatedBy = "tests",
                });
            }
            await db.SaveChangesAsync(cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
