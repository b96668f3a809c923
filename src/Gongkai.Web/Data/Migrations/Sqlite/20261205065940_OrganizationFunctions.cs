using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrganizationFunctions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Supervision",
                table: "DisclosureGuide",
                newName: "OtherMatters");

            migrationBuilder.CreateTable(
                name: "GuideHeadingSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Holdings = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Channels = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Application = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Office = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OtherMatters = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuideHeadingSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationFunctionsVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Duties = table.Column<string>(type: "TEXT", nullable: false),
                    InternalBodies = table.Column<string>(type: "TEXT", nullable: false),
                    Subordinates = table.Column<string>(type: "TEXT", nullable: false),
                    Leaders = table.Column<string>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Hours = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Fax = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReviewedAt = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedAt = table.Column<string>(type: "TEXT", nullable: true),
                    SupersededAt = table.Column<string>(type: "TEXT", nullable: true),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationFunctionsVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationFunctionsVersions_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationFunctionsVersions_OrganizationId_Number",
                table: "OrganizationFunctionsVersions",
                columns: new[] { "OrganizationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationFunctionsVersions_Published",
                table: "OrganizationFunctionsVersions",
                column: "OrganizationId",
                unique: true,
                filter: "\"Status\" = 'Published'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GuideHeadingSettings");

            migrationBuilder.DropTable(
                name: "OrganizationFunctionsVersions");

            migrationBuilder.RenameColumn(
                name: "OtherMatters",
                table: "DisclosureGuide",
                newName: "Supervision");
        }
    }
}
