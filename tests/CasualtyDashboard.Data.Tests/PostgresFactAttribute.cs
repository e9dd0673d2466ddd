namespace CasualtyDashboard.Data.Tests;

/// <summary>
/// A test that runs on PostgreSQL: skipped when <see cref="PostgresDatabase.Setting"/> is absent on a developer's machine,
/// but run (and so failing with the reason) under CI=true, where .ci/run must have started the server.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (PostgresDatabase.Server is null && !ci)
            Skip = $"PostgreSQL test: set {PostgresDatabase.Setting} (eval \"$(bash tools/postgres-test-cluster.sh)\") to run it.";
    }
}
