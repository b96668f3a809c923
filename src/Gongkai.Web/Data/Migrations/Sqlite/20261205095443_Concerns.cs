using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Speakers = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    VideoUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PictureUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Concern = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConcernSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConcernRaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StartsAt = table.Column<string>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmergencyNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicyInterpretationReactions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    FoundOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Intro = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ColumnKeys = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SearchTerms = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
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
