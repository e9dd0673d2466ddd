namespace CasualtyDashboard.Data.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> find the context in this project (see <see cref="DesignTimeDbContextFactory"/>).</summary>
internal sealed class DesignTimeFactory() : DesignTimeDbContextFactory(DatabaseProvider.PostgreSql);
