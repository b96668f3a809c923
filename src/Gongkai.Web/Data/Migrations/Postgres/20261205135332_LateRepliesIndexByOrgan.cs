using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LateRepliesIndexByOrgan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DisclosureApplications_LateReplies",
                table: "DisclosureApplications");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureApplications_LateReplies",
                table: "DisclosureApplications",
                columns: new[] { "OrganizationId", "RepliedOn", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DisclosureApplications_LateReplies",
                table: "DisclosureApplications");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureApplications_LateReplies",
                table: "DisclosureApplications",
                columns: new[] { "RepliedOn", "OrganizationId", "DueOn" });
        }
    }
}
