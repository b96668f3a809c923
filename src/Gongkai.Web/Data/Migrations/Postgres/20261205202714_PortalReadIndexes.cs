using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PortalReadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Publication_OrganizationId_Status",
                table: "Publication");

            migrationBuilder.CreateIndex(
                name: "IX_Publication_Column_List",
                table: "Publication",
                columns: new[] { "ColumnId", "PublishedAt", "Id", "Status", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_Publication_Formed_District",
                table: "Publication",
                column: "FormedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Publication_Formed_Organ",
                table: "Publication",
                columns: new[] { "OrganizationId", "FormedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Publication_Genre",
                table: "Publication",
                columns: new[] { "Genre", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Publication_Scheduled",
                table: "Publication",
                columns: new[] { "ScheduledFor", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Publication_Updated_District",
                table: "Publication",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Publication_Updated_Organ",
                table: "Publication",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Publication_Updated_OrganStatus",
                table: "Publication",
                columns: new[] { "OrganizationId", "Status", "UpdatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Publication_Column_List",
                table: "Publication");

            migrationBuilder.DropIndex(
                name: "IX_Publication_Formed_District",
                table: "Publication");

            migrationBuilder.DropIndex(
                name: "IX_Publication_Formed_Organ",
                table: "Publication");

            migrationBuilder.DropIndex(
                name: "IX_Publication_Genre",
                table: "Publication");

            migrationBuilder.DropIndex(
                name: "IX_Publication_Scheduled",
                table: "Publication");

            migrationBuilder.DropIndex(
                name: "IX_Publication_Updated_District",
                table: "Publication");

            migrationBuilder.DropIndex(
                name: "IX_Publication_Updated_Organ",
                table: "Publication");

            migrationBuilder.DropIndex(
                name: "IX_Publication_Updated_OrganStatus",
                table: "Publication");

            migrationBuilder.CreateIndex(
                name: "IX_Publication_OrganizationId_Status",
                table: "Publication",
                columns: new[] { "OrganizationId", "Status" });
        }
    }
}
