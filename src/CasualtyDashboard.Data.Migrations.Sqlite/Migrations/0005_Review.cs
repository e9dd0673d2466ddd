using CasualtyDashboard.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CasualtyDashboard.Data.Migrations.Sqlite;

/// <summary>
/// Analysts' work: figure reviews and corrections (history kept), the review state in force, annotations with their
/// revisions, and the Figures grid's sort/filter indexes.
/// </summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("0005_Review")]
public sealed class Review : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "FigureReviews",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                FigureId = table.Column<long>(type: "INTEGER", nullable: false),
                Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                At = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FigureReviews", x => x.Id);
                table.ForeignKey("FK_FigureReviews_Figures_FigureId", x => x.FigureId, "Figures", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "FigureCorrections",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                FigureId = table.Column<long>(type: "INTEGER", nullable: false),
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
                Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                At = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FigureCorrections", x => x.Id);
                table.ForeignKey("FK_FigureCorrections_Figures_FigureId", x => x.FigureId, "Figures", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "FigureStatuses",
            columns: table => new
            {
                FigureId = table.Column<long>(type: "INTEGER", nullable: false),
                Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                LatestReviewId = table.Column<long>(type: "INTEGER", nullable: true),
                LatestCorrectionId = table.Column<long>(type: "INTEGER", nullable: true),
                UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FigureStatuses", x => x.FigureId);
                table.ForeignKey("FK_FigureStatuses_Figures_FigureId", x => x.FigureId, "Figures", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Annotations",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                FigureId = table.Column<long>(type: "INTEGER", nullable: true),
                PointKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                Tags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                At = table.Column<DateTime>(type: "TEXT", nullable: false),
                UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                Deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Annotations", x => x.Id);
                table.ForeignKey("FK_Annotations_Figures_FigureId", x => x.FigureId, "Figures", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AnnotationRevisions",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                AnnotationId = table.Column<long>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
                Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                Tags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                At = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AnnotationRevisions", x => x.Id);
                table.ForeignKey("FK_AnnotationRevisions_Annotations_AnnotationId", x => x.AnnotationId, "Annotations", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_FigureReviews_FigureId", "FigureReviews", "FigureId");
        migrationBuilder.CreateIndex("IX_FigureCorrections_FigureId", "FigureCorrections", "FigureId");
        migrationBuilder.CreateIndex("IX_FigureStatuses_Decision", "FigureStatuses", "Decision");
        migrationBuilder.CreateIndex("IX_FigureStatuses_LatestCorrectionId", "FigureStatuses", "LatestCorrectionId");
        migrationBuilder.CreateIndex("IX_Annotations_FigureId", "Annotations", "FigureId");
        migrationBuilder.CreateIndex("IX_Annotations_PointKey", "Annotations", "PointKey");
        migrationBuilder.CreateIndex("IX_AnnotationRevisions_AnnotationId", "AnnotationRevisions", "AnnotationId");

        migrationBuilder.CreateIndex("IX_Figures_ReportedOn", "Figures", "ReportedOn");
        migrationBuilder.CreateIndex("IX_Figures_Value", "Figures", "Value");
        migrationBuilder.CreateIndex("IX_Figures_Category_ReportedOn", "Figures", ["Category", "ReportedOn"]);
        migrationBuilder.CreateIndex("IX_Figures_Subgroup_ReportedOn", "Figures", ["Subgroup", "ReportedOn"]);
        migrationBuilder.CreateIndex("IX_Figures_Region_ReportedOn", "Figures", ["Region", "ReportedOn"]);
        migrationBuilder.CreateIndex("IX_Figures_Authority_ReportedOn", "Figures", ["Authority", "ReportedOn"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Figures_Authority_ReportedOn", "Figures");
        migrationBuilder.DropIndex("IX_Figures_Region_ReportedOn", "Figures");
        migrationBuilder.DropIndex("IX_Figures_Subgroup_ReportedOn", "Figures");
        migrationBuilder.DropIndex("IX_Figures_Category_ReportedOn", "Figures");
        migrationBuilder.DropIndex("IX_Figures_Value", "Figures");
        migrationBuilder.DropIndex("IX_Figures_ReportedOn", "Figures");
        migrationBuilder.DropTable("AnnotationRevisions");
        migrationBuilder.DropTable("Annotations");
        migrationBuilder.DropTable("FigureStatuses");
        migrationBuilder.DropTable("FigureCorrections");
        migrationBuilder.DropTable("FigureReviews");
    }
}
