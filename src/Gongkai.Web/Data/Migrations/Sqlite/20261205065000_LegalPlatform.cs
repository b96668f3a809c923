using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LegalPlatform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Passed",
                table: "PublicationReviewActions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnnualReportSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentDay = table.Column<int>(type: "INTEGER", nullable: false),
                    TownMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    TownDay = table.Column<int>(type: "INTEGER", nullable: false),
                    GovernmentMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    GovernmentDay = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReportSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicationStatutoryAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Assigned = table.Column<bool>(type: "INTEGER", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationStatutoryAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicationStatutoryAssignments_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublicationStatutoryAssignments_OrganizationId_ItemKey",
                table: "PublicationStatutoryAssignments",
                columns: new[] { "OrganizationId", "ItemKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualReportSettings");

            migrationBuilder.DropTable(
                name: "PublicationStatutoryAssignments");

            migrationBuilder.DropColumn(
                name: "Passed",
                table: "PublicationReviewActions");
        }
    }
}
