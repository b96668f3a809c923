using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublicEnterprises : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Sector",
                table: "Organization",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SupervisingOrganizationId",
                table: "Organization",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organization_SupervisingOrganizationId",
                table: "Organization",
                column: "SupervisingOrganizationId");

            migrationBuilder.AddForeignKey(
                name: "FK_Organization_Organization_SupervisingOrganizationId",
                table: "Organization",
                column: "SupervisingOrganizationId",
                principalTable: "Organization",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Organization_Organization_SupervisingOrganizationId",
                table: "Organization");

            migrationBuilder.DropIndex(
                name: "IX_Organization_SupervisingOrganizationId",
                table: "Organization");

            migrationBuilder.DropColumn(
                name: "Sector",
                table: "Organization");

            migrationBuilder.DropColumn(
                name: "SupervisingOrganizationId",
                table: "Organization");
        }
    }
}
