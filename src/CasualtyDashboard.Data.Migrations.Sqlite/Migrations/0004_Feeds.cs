using CasualtyDashboard.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CasualtyDashboard.Data.Migrations.Sqlite;

/// <summary>News feeds and the items seen in them. Written by hand (see README "Adding a migration").</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("0004_Feeds")]
public sealed class Feeds : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Feeds",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                OutletName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                PollIntervalMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                ETag = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                LastModified = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                LastPolledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                LastSuccessAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                LastError = table.Column<string>(type: "TEXT", nullable: true),
                LastOutcome = table.Column<string>(type: "TEXT", nullable: true),
                NextPollAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                ItemsTaken = table.Column<int>(type: "INTEGER", nullable: false),
                CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Feeds", x => x.Id));

        migrationBuilder.CreateTable(
            name: "FeedItems",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                FeedId = table.Column<long>(type: "INTEGER", nullable: false),
                ItemKey = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                Published = table.Column<DateOnly>(type: "TEXT", nullable: true),
                FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                LastAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                ArticleId = table.Column<long>(type: "INTEGER", nullable: true),
                Error = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FeedItems", x => x.Id);
                table.ForeignKey("FK_FeedItems_Feeds_FeedId", x => x.FeedId, "Feeds", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_FeedItems_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateIndex("IX_Feeds_Url", "Feeds", "Url", unique: true);
        migrationBuilder.CreateIndex("IX_FeedItems_FeedId_ItemKey", "FeedItems", ["FeedId", "ItemKey"], unique: true);
        migrationBuilder.CreateIndex("IX_FeedItems_ArticleId", "FeedItems", "ArticleId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("FeedItems");
        migrationBuilder.DropTable("Feeds");
    }
}
