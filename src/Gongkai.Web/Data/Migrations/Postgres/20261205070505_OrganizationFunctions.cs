using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Holdings = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Channels = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Application = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Office = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    OtherMatters = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuideHeadingSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationFunctionsVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Duties = table.Column<string>(type: "text", nullable: false),
                    InternalBodies = table.Column<string>(type: "text", nullable: false),
                    Subordinates = table.Column<string>(type: "text", nullable: false),
                    Leaders = table.Column<string>(type: "text", nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Hours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Fax = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Website = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewedById = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SupersededAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
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
