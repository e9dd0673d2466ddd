using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasualtyDashboard.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FigureIndexesForWrites : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Figures_Category_Region_ReportedOn",
                table: "Figures");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Figures_Category_Region_ReportedOn",
                table: "Figures",
                columns: new[] { "Category", "Region", "ReportedOn" });
        }
    }
}
