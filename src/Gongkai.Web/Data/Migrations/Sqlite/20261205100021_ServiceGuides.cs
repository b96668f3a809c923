using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceGuides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ServiceGuide",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Basis = table.Column<string>(type: "TEXT", nullable: true),
                    Implementer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HandlingUnit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Applicants = table.Column<string>(type: "TEXT", nullable: true),
                    Conditions = table.Column<string>(type: "TEXT", nullable: true),
                    Steps = table.Column<string>(type: "TEXT", nullable: true),
                    LegalTimeLimit = table.Column<int>(type: "INTEGER", nullable: true),
                    PromisedTimeLimit = table.Column<int>(type: "INTEGER", nullable: true),
                    Charged = table.Column<bool>(type: "INTEGER", nullable: true),
                    FeeStandard = table.Column<string>(type: "TEXT", nullable: true),
                    FeeBasis = table.Column<string>(type: "TEXT", nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Hours = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Visits = table.Column<int>(type: "INTEGER", nullable: true),
                    Online = table.Column<bool>(type: "INTEGER", nullable: true),
                    OnlineUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Result = table.Column<string>(type: "TEXT", nullable: true),
                    ConsultPhone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ComplaintPhone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Faq = table.Column<string>(type: "TEXT", nullable: true),
                    FlowChartFileId = table.Column<int>(type: "INTEGER", nullable: true),
                    FilledElements = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SubmittedAt = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedAt = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceGuide", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceGuide_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceGuideSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    VaguePhrases = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceGuideSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceGuideFile",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuideId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StorageKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceGuideFile", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceGuideFile_ServiceGuide_GuideId",
                        column: x => x.GuideId,
                        principalTable: "ServiceGuide",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceGuideMaterial",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuideId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Copies = table.Column<int>(type: "INTEGER", nullable: true),
                    Medium = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    Requirements = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BlankFormFileId = table.Column<int>(type: "INTEGER", nullable: true),
                    SampleFileId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceGuideMaterial", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceGuideMaterial_ServiceGuide_GuideId",
                        column: x => x.GuideId,
                        principalTable: "ServiceGuide",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceGuide_Code",
                table: "ServiceGuide",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceGuide_OrganizationId",
                table: "ServiceGuide",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceGuide_Status_OrganizationId",
                table: "ServiceGuide",
                columns: new[] { "Status", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceGuideFile_GuideId",
                table: "ServiceGuideFile",
                column: "GuideId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceGuideMaterial_GuideId_Position",
                table: "ServiceGuideMaterial",
                columns: new[] { "GuideId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServiceGuideFile");

            migrationBuilder.DropTable(
                name: "ServiceGuideMaterial");

            migrationBuilder.DropTable(
                name: "ServiceGuideSettings");

            migrationBuilder.DropTable(
                name: "ServiceGuide");
        }
    }
}
