using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CasualtyDashboard.Data;

/// <summary>
/// Migration ids as EF Core makes them (<c>yyyyMMddHHmmss_Name</c>), but also accepting the short ids of the first,
/// hand-written SQLite migrations (<c>0001_Initial</c> … <c>0005_Review</c>), which existing databases have recorded as
/// applied: EF's own generator cuts 15 characters off every id to get its name and fails on them. Ids still sort in
/// the order they apply ("0005_…" before "2026…").
/// </summary>
internal sealed partial class MigrationIds : IMigrationsIdGenerator
{
    public string GenerateId(string name) => $"{DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}_{name}";

    public string GetName(string id) => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..];

    public bool IsValidId(string value) => IdPattern().IsMatch(value);

    [GeneratedRegex(@"^(\d{4}|\d{14})_.+$")]
    private static partial Regex IdPattern();
}
