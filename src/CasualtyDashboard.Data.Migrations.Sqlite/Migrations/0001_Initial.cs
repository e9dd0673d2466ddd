using CasualtyDashboard.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CasualtyDashboard.Data.Migrations.Sqlite;

/// <summary>Outlets, articles, figures and job runs. Written by hand: the EF Core design-time package does not restore here.</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("0001_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Outlets",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Outlets", x => x.Id));

        migrationBuilder.CreateTable(
            name: "JobRuns",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                JobName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Trigger = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Processed = table.Column<int>(type: "INTEGER", nullable: false),
                Failed = table.Column<int>(type: "INTEGER", nullable: false),
                Total = table.Column<int>(type: "INTEGER", nullable: true),
                Message = table.Column<string>(type: "TEXT", nullable: true),
                Error = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_JobRuns", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Articles",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                OutletId = table.Column<long>(type: "INTEGER", nullable: true),
                Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                Text = table.Column<string>(type: "TEXT", nullable: false),
                Published = table.Column<DateOnly>(type: "TEXT", nullable: true),
                ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                LastError = table.Column<string>(type: "TEXT", nullable: true),
                NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                ExtractorVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                ExtractedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Articles", x => x.Id);
                table.ForeignKey("FK_Articles_Outlets_OutletId", x => x.OutletId, "Outlets", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "Figures",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                ArticleId = table.Column<long>(type: "INTEGER", nullable: false),
                Value = table.Column<long>(type: "INTEGER", nullable: false),
                Qualifier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Subgroup = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Region = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                Area = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                Basis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                Evidence = table.Column<string>(type: "TEXT", nullable: false),
                EvidenceStart = table.Column<int>(type: "INTEGER", nullable: false),
                EvidenceLength = table.Column<int>(type: "INTEGER", nullable: false),
                Rule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                ExtractorVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Figures", x => x.Id);
                table.ForeignKey("FK_Figures_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Outlets_Name", "Outlets", "Name", unique: true);
        migrationBuilder.CreateIndex("IX_JobRuns_StartedAt", "JobRuns", "StartedAt");
        migrationBuilder.CreateIndex("IX_JobRuns_JobName_State", "JobRuns", ["JobName", "State"]);
        migrationBuilder.CreateIndex("IX_Articles_ContentHash", "Articles", "ContentHash", unique: true);
        migrationBuilder.CreateIndex("IX_Articles_OutletId", "Articles", "OutletId");
        migrationBuilder.CreateIndex("IX_Articles_Published", "Articles", "Published");
        migrationBuilder.CreateIndex("IX_Articles_State_NextAttemptAt", "Articles", ["State", "NextAttemptAt"]);
        migrationBuilder.CreateIndex("IX_Articles_Url", "Articles", "Url");
        migrationBuilder.CreateIndex("IX_Figures_ArticleId", "Figures", "ArticleId");
        migrationBuilder.CreateIndex("IX_Figures_Category_Region_ReportedOn", "Figures", ["Category", "Region", "ReportedOn"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Figures");
        migrationBuilder.DropTable("Articles");
        migrationBuilder.DropTable("JobRuns");
        migrationBuilder.DropTable("Outlets");
    }
}
