using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasualtyDashboard.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeyHashesAndClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReconciliationFlags_Key",
                table: "ReconciliationFlags");

            migrationBuilder.DropIndex(
                name: "IX_Feeds_Url",
                table: "Feeds");

            migrationBuilder.DropIndex(
                name: "IX_FeedItems_FeedId_ItemKey",
                table: "FeedItems");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Url",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_AnalystResolutions_ConflictKey",
                table: "AnalystResolutions");

            migrationBuilder.DropIndex(
                name: "IX_AnalystDismissals_ConflictKey",
                table: "AnalystDismissals");

            migrationBuilder.AddColumn<string>(
                name: "KeyHash",
                table: "ReconciliationFlags",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UrlHash",
                table: "Feeds",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ItemKeyHash",
                table: "FeedItems",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ClaimToken",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedUntil",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UrlHash",
                table: "Articles",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConflictKeyHash",
                table: "AnalystResolutions",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConflictKeyHash",
                table: "AnalystDismissals",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReconciliationFlags_KeyHash",
                table: "ReconciliationFlags",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Feeds_UrlHash",
                table: "Feeds",
                column: "UrlHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedItems_FeedId_ItemKeyHash",
                table: "FeedItems",
                columns: new[] { "FeedId", "ItemKeyHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_UrlHash",
                table: "Articles",
                column: "UrlHash");

            migrationBuilder.CreateIndex(
                name: "IX_AnalystResolutions_ConflictKeyHash",
                table: "AnalystResolutions",
                column: "ConflictKeyHash");

            migrationBuilder.CreateIndex(
                name: "IX_AnalystDismissals_ConflictKeyHash",
                table: "AnalystDismissals",
                column: "ConflictKeyHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReconciliationFlags_KeyHash",
                table: "ReconciliationFlags");

            migrationBuilder.DropIndex(
                name: "IX_Feeds_UrlHash",
                table: "Feeds");

            migrationBuilder.DropIndex(
                name: "IX_FeedItems_FeedId_ItemKeyHash",
                table: "FeedItems");

            migrationBuilder.DropIndex(
                name: "IX_Articles_UrlHash",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_AnalystResolutions_ConflictKeyHash",
                table: "AnalystResolutions");

            migrationBuilder.DropIndex(
                name: "IX_AnalystDismissals_ConflictKeyHash",
                table: "AnalystDismissals");

            migrationBuilder.DropColumn(
                name: "KeyHash",
                table: "ReconciliationFlags");

            migrationBuilder.DropColumn(
                name: "UrlHash",
                table: "Feeds");

            migrationBuilder.DropColumn(
                name: "ItemKeyHash",
                table: "FeedItems");

            migrationBuilder.DropColumn(
                name: "ClaimToken",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ClaimedUntil",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "UrlHash",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ConflictKeyHash",
                table: "AnalystResolutions");

            migrationBuilder.DropColumn(
                name: "ConflictKeyHash",
                table: "AnalystDismissals");

            migrationBuilder.CreateIndex(
                name: "IX_ReconciliationFlags_Key",
                table: "ReconciliationFlags",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Feeds_Url",
                table: "Feeds",
                column: "Url",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedItems_FeedId_ItemKey",
                table: "FeedItems",
                columns: new[] { "FeedId", "ItemKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Url",
                table: "Articles",
                column: "Url");

            migrationBuilder.CreateIndex(
                name: "IX_AnalystResolutions_ConflictKey",
                table: "AnalystResolutions",
                column: "ConflictKey");

            migrationBuilder.CreateIndex(
                name: "IX_AnalystDismissals_ConflictKey",
                table: "AnalystDismissals",
                column: "ConflictKey");
        }
    }
}
