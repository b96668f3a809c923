using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Concerns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConcernDetails",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PublicationId = table.Column<int>(type: "integer", nullable: false),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Speakers = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Topic = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    VideoUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PictureUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Concern = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ConcernSource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ConcernRaisedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernDetails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConcernDetails_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConcernDetails_Publication_PublicationId",
                        column: x => x.PublicationId,
                        principalTable: "Publication",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EmergencyNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmergencyNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicyInterpretationReactions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PublicationId = table.Column<int>(type: "integer", nullable: false),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    FoundOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Response = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyInterpretationReactions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyInterpretationReactions_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PolicyInterpretationReactions_Publication_PublicationId",
                        column: x => x.PublicationId,
                        principalTable: "Publication",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PortalTopics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Intro = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ColumnKeys = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SearchTerms = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PortalTopics", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConcernDetails_Kind_OrganizationId",
                table: "ConcernDetails",
                columns: new[] { "Kind", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConcernDetails_OrganizationId",
                table: "ConcernDetails",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernDetails_PublicationId",
                table: "ConcernDetails",
                column: "PublicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyInterpretationReactions_OrganizationId_PublicationId",
                table: "PolicyInterpretationReactions",
                columns: new[] { "OrganizationId", "PublicationId" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyInterpretationReactions_PublicationId",
                table: "PolicyInterpretationReactions",
                column: "PublicationId");

            migrationBuilder.CreateIndex(
                name: "IX_PortalTopics_Slug",
                table: "PortalTopics",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConcernDetails");

            migrationBuilder.DropTable(
                name: "EmergencyNotices");

            migrationBuilder.DropTable(
                name: "PolicyInterpretationReactions");

            migrationBuilder.DropTable(
                name: "PortalTopics");
        }
    }
}
