using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Postgres
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
