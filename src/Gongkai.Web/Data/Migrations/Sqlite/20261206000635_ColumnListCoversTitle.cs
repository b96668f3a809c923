using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ColumnListCoversTitle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Publication_Column_List",
                table: "Publication");

            migrationBuilder.CreateIndex(
                name: "IX_Publication_Column_List",
                table: "Publication",
                columns: new[] { "ColumnId", "PublishedAt", "Id", "Status", "ScheduledFor", "Title" });

            // The planner's statistics for the new index (see PortalReadIndexes).
            migrationBuilder.Sql("ANALYZE \"Publication\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Publication_Column_List",
                table: "Publication");

            migrationBuilder.CreateIndex(
                name: "IX_Publication_Column_List",
                table: "Publication",
                columns: new[] { "ColumnId", "PublishedAt", "Id", "Status", "ScheduledFor" });
        }
    }
}
