using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CasualtyDashboard.Data.Tests.Providers;

/// <summary>
/// What can be checked of every provider without its engine: each migrations set equals the model, the SQL Server
/// script parses as T-SQL, and the model keeps the engines' rules (index key sizes, cascade paths, sortable dates).
/// </summary>
public sealed partial class ProviderModelTests
{
    [Theory]
    [MemberData(nameof(ProviderModels.All), MemberType = typeof(ProviderModels))]
    public void Migrations_OfEachProvider_HaveNoPendingModelChanges(DatabaseProvider provider)
    {
        using var db = ProviderModels.Offline(provider);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.All(db.Database.GetMigrations(), id => Assert.True(db.GetService<IMigrationsIdGenerator>().IsValidId(id), id));
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} migrations differ from the model: run tools/add-migration.sh NAME.");
    }

    [Fact]
    public void SqlServerScript_Idempotent_ParsesAsTSqlWithoutErrors()
    {
        using var db = ProviderModels.Offline(DatabaseProvider.SqlServer);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var errors = TSqlErrors(script);

        Assert.Contains("CREATE TABLE [Articles]", script, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public void TSqlCheck_BrokenScript_ReportsErrors()
    {
        Assert.NotEmpty(TSqlErrors("CREATE TABLE [X] ([Id] bigint NOT NULL,, CONSTRAINT);"));
    }

    [Fact]
    public void PostgreSqlScript_Idempotent_IsGenerated()
    {
        using var db = ProviderModels.Offline(DatabaseProvider.PostgreSql);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE \"Articles\"", script, StringComparison.Ordinal);
        Assert.Contains("timestamp with time zone", script, StringComparison.Ordinal);
    }

    /// <summary>SQL Server indexes at most 900 bytes in a clustered and 1,700 in another key: nvarchar(450) at most per string.</summary>
    [Fact]
    public void SqlServerModel_EveryIndexedString_IsNvarchar450OrShorter()
    {
        using var db = ProviderModels.Offline(DatabaseProvider.SqlServer);
        var model = db.GetService<IDesignTimeModel>().Model;
        var checkedColumns = 0;
        foreach (var index in model.GetEntityTypes().SelectMany(e => e.GetIndexes()))
        {
            foreach (var property in index.Properties.Where(p => p.ClrType == typeof(string)))
            {
                var type = property.GetColumnType();
                var match = NvarcharLength().Match(type);
                Assert.True(match.Success && int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) <= 450,
                    $"{index.DeclaringEntityType.ClrType.Name}.{property.Name} is indexed as {type}: give it HasMaxLength(450) or less, or index a KeyHash column.");
                checkedColumns++;
            }
        }
        Assert.True(checkedColumns > 10);
        var script = db.Database.GenerateCreateScript();
        Assert.DoesNotContain("nvarchar(2000)) ", script, StringComparison.Ordinal);
    }

    /// <summary>
    /// SQL Server's default collations ignore case (and some of them width and kana, and Arabic's kashida): a unique key
    /// holding "AFP" would refuse "afp" there and nowhere else. Every string of a unique key is binary on SQL Server, and
    /// the migrations script says so.
    /// </summary>
    [Fact]
    public void SqlServerModel_EveryUniqueKeyString_HasTheBinaryCollation()
    {
        using var db = ProviderModels.Offline(DatabaseProvider.SqlServer);
        var model = db.GetService<IDesignTimeModel>().Model;
        var keys = model.GetEntityTypes().SelectMany(e => e.GetIndexes()).Where(i => i.IsUnique)
            .SelectMany(i => i.Properties).Where(p => p.ClrType == typeof(string)).Distinct().ToList();
        Assert.Contains(keys, p => p.DeclaringType.ClrType == typeof(Entities.Outlet) && p.Name == nameof(Entities.Outlet.Name));
        foreach (var property in keys)
            Assert.True(property.GetCollation() == DashboardDbContext.SqlServerKeyCollation,
                $"{property.DeclaringType.ClrType.Name}.{property.Name} is a unique key with collation '{property.GetCollation()}'.");
        var script = db.GetService<IMigrator>().GenerateScript();
        Assert.Contains($"[Name] nvarchar(200) COLLATE {DashboardDbContext.SqlServerKeyCollation} NOT NULL", script, StringComparison.Ordinal);
        using var sqlite = ProviderModels.Offline(DatabaseProvider.Sqlite);
        Assert.All(sqlite.GetService<IDesignTimeModel>().Model.GetEntityTypes().SelectMany(e => e.GetProperties()), p => Assert.Null(p.GetCollation()));
    }

    /// <summary>SQL Server refuses a table reachable from another by two cascading (or set-null) delete paths.</summary>
    [Theory]
    [MemberData(nameof(ProviderModels.All), MemberType = typeof(ProviderModels))]
    public void Model_HasNoMultipleCascadePaths(DatabaseProvider provider)
    {
        using var db = ProviderModels.Offline(provider);
        var cascading = db.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior is DeleteBehavior.Cascade or DeleteBehavior.SetNull)
            .Select(fk => (From: fk.PrincipalEntityType.GetTableName()!, To: fk.DeclaringEntityType.GetTableName()!))
            .ToList();
        Assert.NotEmpty(cascading);
        foreach (var start in cascading.Select(c => c.From).Distinct())
        {
            var paths = new Dictionary<string, int>();
            void Walk(string table)
            {
                foreach (var (_, to) in cascading.Where(c => c.From == table))
                {
                    paths[to] = paths.GetValueOrDefault(to) + 1;
                    Walk(to);
                }
            }
            Walk(start);
            Assert.True(paths.All(p => p.Value == 1),
                $"From {start}, deletes reach {string.Join(", ", paths.Where(p => p.Value > 1).Select(p => $"{p.Key} by {p.Value} paths"))}.");
        }
    }

    /// <summary>
    /// SQLite cannot order or compare DateTimeOffset; the model stores UTC DateTime and DateOnly only. Identity's own
    /// <c>LockoutEnd</c> is a DateTimeOffset in C#, stored as UTC DateTime through a converter.
    /// </summary>
    [Fact]
    public void Model_StoresNoDateTimeOffset()
    {
        using var db = ProviderModels.Offline(DatabaseProvider.Sqlite);
        var properties = db.Model.GetEntityTypes().SelectMany(e => e.GetProperties()).ToList();
        static Type Stored(IProperty p)
        {
            var type = p.GetTypeMapping().Converter?.ProviderClrType ?? p.ClrType;
            return Nullable.GetUnderlyingType(type) ?? type;
        }
        var stored = properties.Where(p => Stored(p) == typeof(DateTimeOffset)).Select(p => $"{p.DeclaringType.ClrType.Name}.{p.Name}").ToList();
        Assert.Empty(stored);
        Assert.Contains(properties, p => p.Name == "LockoutEnd" && Stored(p) == typeof(DateTime));
    }

    /// <summary>SQL Server keys (primary and unique) hold at most 900 bytes: Identity's composite keys included.</summary>
    [Fact]
    public void SqlServerModel_EveryKey_FitsIn900Bytes()
    {
        using var db = ProviderModels.Offline(DatabaseProvider.SqlServer);
        var model = db.GetService<IDesignTimeModel>().Model;
        foreach (var key in model.GetEntityTypes().SelectMany(e => e.GetKeys()))
        {
            var bytes = key.Properties.Sum(p => p.ClrType == typeof(string)
                ? 2 * int.Parse(NvarcharLength().Match(p.GetColumnType()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
                : 8);
            Assert.True(bytes <= 900, $"{key.DeclaringEntityType.GetTableName()} key ({string.Join(", ", key.Properties.Select(p => p.Name))}) takes {bytes} bytes.");
        }
    }

    internal static IList<ParseError> TSqlErrors(string script)
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);
        return errors;
    }

    [GeneratedRegex(@"^nvarchar\((\d+)\)$")]
    private static partial Regex NvarcharLength();
}
