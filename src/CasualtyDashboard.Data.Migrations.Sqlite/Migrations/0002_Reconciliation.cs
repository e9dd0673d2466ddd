using CasualtyDashboard.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CasualtyDashboard.Data.Migrations.Sqlite;

/// <summary>
/// Reconciliation: imported reference claims and their imports, the stored output of the last run (series, points, flags,
/// run summaries), and analysts' resolutions and dismissals. Written by hand, like 0001.
/// </summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("0002_Reconciliation")]
public sealed class Reconciliation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ReferenceClaims",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false),
                Dataset = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Region = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                Area = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Subgroup = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Basis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Value = table.Column<long>(type: "INTEGER", nullable: false),
                Qualifier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Outlet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                Evidence = table.Column<string>(type: "TEXT", nullable: false),
                StatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                DeclaresRetroactiveAddition = table.Column<bool>(type: "INTEGER", nullable: false),
                ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ReferenceClaims", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ReferenceImports",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Dataset = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                SourceName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Claims = table.Column<int>(type: "INTEGER", nullable: false),
                FirstDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                LastDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ReferenceImports", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ReconciledSeries",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Key = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                Region = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                Area = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Subgroup = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Basis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                SinceInferred = table.Column<bool>(type: "INTEGER", nullable: false),
                SplitFromKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                LastChange = table.Column<DateTime>(type: "TEXT", nullable: false),
                PointCount = table.Column<int>(type: "INTEGER", nullable: false),
                FirstDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                LastDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                LatestValue = table.Column<long>(type: "INTEGER", nullable: true),
                OpenConflicts = table.Column<int>(type: "INTEGER", nullable: false),
                ReconciledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ReconciledSeries", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ReconciledPoints",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                SeriesId = table.Column<long>(type: "INTEGER", nullable: false),
                Key = table.Column<string>(type: "TEXT", maxLength: 420, nullable: false),
                Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Value = table.Column<long>(type: "INTEGER", nullable: false),
                Rule = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                Explanation = table.Column<string>(type: "TEXT", nullable: false),
                ClaimIds = table.Column<string>(type: "TEXT", nullable: false),
                Low = table.Column<long>(type: "INTEGER", nullable: false),
                High = table.Column<long>(type: "INTEGER", nullable: false),
                IncrementChange = table.Column<long>(type: "INTEGER", nullable: true),
                IncrementDays = table.Column<int>(type: "INTEGER", nullable: true),
                Sources = table.Column<string>(type: "TEXT", nullable: false),
                ClaimCount = table.Column<int>(type: "INTEGER", nullable: false),
                Conflicts = table.Column<int>(type: "INTEGER", nullable: false),
                OpenConflicts = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReconciledPoints", x => x.Id);
                table.ForeignKey("FK_ReconciledPoints_ReconciledSeries_SeriesId", x => x.SeriesId, "ReconciledSeries", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ReconciliationFlags",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Key = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                IsConflict = table.Column<bool>(type: "INTEGER", nullable: false),
                State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Reason = table.Column<string>(type: "TEXT", nullable: false),
                ClaimIds = table.Column<string>(type: "TEXT", nullable: false),
                SeriesId = table.Column<long>(type: "INTEGER", nullable: false),
                PointKey = table.Column<string>(type: "TEXT", maxLength: 420, nullable: false),
                Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                DecisionBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                DecisionAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                DecisionNote = table.Column<string>(type: "TEXT", nullable: true),
                ResolvedValue = table.Column<long>(type: "INTEGER", nullable: true),
                ChosenClaimId = table.Column<long>(type: "INTEGER", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReconciliationFlags", x => x.Id);
                table.ForeignKey("FK_ReconciliationFlags_ReconciledSeries_SeriesId", x => x.SeriesId, "ReconciledSeries", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AnalystResolutions",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                PointKey = table.Column<string>(type: "TEXT", maxLength: 420, nullable: false),
                ConflictKey = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                ChosenClaimId = table.Column<long>(type: "INTEGER", nullable: true),
                Value = table.Column<long>(type: "INTEGER", nullable: false),
                Note = table.Column<string>(type: "TEXT", nullable: false),
                By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                At = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AnalystResolutions", x => x.Id));

        migrationBuilder.CreateTable(
            name: "AnalystDismissals",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                ConflictKey = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                Note = table.Column<string>(type: "TEXT", nullable: false),
                By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                At = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AnalystDismissals", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ReconciliationRuns",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                EndedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                NewsClaims = table.Column<int>(type: "INTEGER", nullable: false),
                ReferenceClaims = table.Column<int>(type: "INTEGER", nullable: false),
                UnplacedFigures = table.Column<int>(type: "INTEGER", nullable: false),
                Series = table.Column<int>(type: "INTEGER", nullable: false),
                Points = table.Column<int>(type: "INTEGER", nullable: false),
                Flags = table.Column<int>(type: "INTEGER", nullable: false),
                OpenConflicts = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ReconciliationRuns", x => x.Id));

        migrationBuilder.CreateIndex("IX_ReferenceClaims_Dataset", "ReferenceClaims", "Dataset");
        migrationBuilder.CreateIndex("IX_ReferenceImports_Dataset", "ReferenceImports", "Dataset", unique: true);
        migrationBuilder.CreateIndex("IX_ReconciledSeries_Key", "ReconciledSeries", "Key", unique: true);
        migrationBuilder.CreateIndex("IX_ReconciledSeries_Region_Category", "ReconciledSeries", ["Region", "Category"]);
        migrationBuilder.CreateIndex("IX_ReconciledPoints_Key", "ReconciledPoints", "Key", unique: true);
        migrationBuilder.CreateIndex("IX_ReconciledPoints_SeriesId_Date", "ReconciledPoints", ["SeriesId", "Date"]);
        migrationBuilder.CreateIndex("IX_ReconciliationFlags_Key", "ReconciliationFlags", "Key", unique: true);
        migrationBuilder.CreateIndex("IX_ReconciliationFlags_SeriesId", "ReconciliationFlags", "SeriesId");
        migrationBuilder.CreateIndex("IX_ReconciliationFlags_State_Type_Date", "ReconciliationFlags", ["State", "Type", "Date"]);
        migrationBuilder.CreateIndex("IX_AnalystResolutions_At", "AnalystResolutions", "At");
        migrationBuilder.CreateIndex("IX_AnalystResolutions_ConflictKey", "AnalystResolutions", "ConflictKey");
        migrationBuilder.CreateIndex("IX_AnalystDismissals_At", "AnalystDismissals", "At");
        migrationBuilder.CreateIndex("IX_AnalystDismissals_ConflictKey", "AnalystDismissals", "ConflictKey");
        migrationBuilder.CreateIndex("IX_ReconciliationRuns_EndedAt", "ReconciliationRuns", "EndedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ReconciliationFlags");
        migrationBuilder.DropTable("ReconciledPoints");
        migrationBuilder.DropTable("ReconciledSeries");
        migrationBuilder.DropTable("ReconciliationRuns");
        migrationBuilder.DropTable("AnalystDismissals");
        migrationBuilder.DropTable("AnalystResolutions");
        migrationBuilder.DropTable("ReferenceImports");
        migrationBuilder.DropTable("ReferenceClaims");
    }
}
