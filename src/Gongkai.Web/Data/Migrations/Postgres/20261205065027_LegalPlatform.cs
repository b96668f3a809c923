using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Postgres
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
                type: "boolean",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnnualReportSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DepartmentMonth = table.Column<int>(type: "integer", nullable: false),
                    DepartmentDay = table.Column<int>(type: "integer", nullable: false),
                    TownMonth = table.Column<int>(type: "integer", nullable: false),
                    TownDay = table.Column<int>(type: "integer", nullable: false),
                    GovernmentMonth = table.Column<int>(type: "integer", nullable: false),
                    GovernmentDay = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReportSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicationStatutoryAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    ItemKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Assigned = table.Column<bool>(type: "boolean", nullable: false),
                    Origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Basis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
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
