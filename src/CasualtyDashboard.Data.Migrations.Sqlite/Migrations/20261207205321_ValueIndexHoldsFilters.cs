using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasualtyDashboard.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ValueIndexHoldsFilters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Figures_Value",
                table: "Figures");

            migrationBuilder.CreateIndex(
                name: "IX_Figures_Value_Filters",
                table: "Figures",
                columns: new[] { "Value", "Id", "Category", "Subgroup", "Region", "Authority", "ReportedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Figures_Value_Filters",
                table: "Figures");

            migrationBuilder.CreateIndex(
                name: "IX_Figures_Value",
                table: "Figures",
                column: "Value");
        }
    }
}
