using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Consultations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MajorDecision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LeadOrgan = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PlannedTime = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NeedsHearing = table.Column<bool>(type: "INTEGER", nullable: false),
                    NeedsExpertReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    NeedsRiskAssessment = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ResultPublicationId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MajorDecision", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MajorDecision_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MajorDecision_Publication_ResultPublicationId",
                        column: x => x.ResultPublicationId,
                        principalTable: "Publication",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Consultation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MainQuestions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WaysToRespond = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsMajorDecision = table.Column<bool>(type: "INTEGER", nullable: false),
                    MajorDecisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    ShortWindowReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReportPublishedAt = table.Column<string>(type: "TEXT", nullable: true),
                    ReportSummary = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ResultPublicationId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consultation_MajorDecision_MajorDecisionId",
                        column: x => x.MajorDecisionId,
                        principalTable: "MajorDecision",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consultation_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consultation_Publication_ResultPublicationId",
                        column: x => x.ResultPublicationId,
                        principalTable: "Publication",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConsultationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DraftHtml = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PublishedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationVersion_Consultation_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationComment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConsultationId = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Anchor = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AnchorLabel = table.Column<string>(type: "TEXT", maxLength: 31, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PublicText = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmittedAt = table.Column<string>(type: "TEXT", nullable: false),
                    PersonalDataFound = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Screening = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ScreeningNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ScreenedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ScreenedAt = table.Column<string>(type: "TEXT", nullable: true),
                    AnswerKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AnswerText = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: true),
                    AnsweredWithId = table.Column<int>(type: "INTEGER", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AnsweredAt = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationComment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationComment_ConsultationComment_AnsweredWithId",
                        column: x => x.AnsweredWithId,
                        principalTable: "ConsultationComment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsultationComment_ConsultationVersion_VersionId",
                        column: x => x.VersionId,
                        principalTable: "ConsultationVersion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsultationComment_Consultation_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Consultation_MajorDecisionId",
                table: "Consultation",
                column: "MajorDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultation_OrganizationId_ClosesOn",
                table: "Consultation",
                columns: new[] { "OrganizationId", "ClosesOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Consultation_ReportPublishedAt_ClosesOn",
                table: "Consultation",
                columns: new[] { "ReportPublishedAt", "ClosesOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Consultation_ResultPublicationId",
                table: "Consultation",
                column: "ResultPublicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationComment_AnsweredWithId",
                table: "ConsultationComment",
                column: "AnsweredWithId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationComment_ConsultationId_ContentHash",
                table: "ConsultationComment",
                columns: new[] { "ConsultationId", "ContentHash" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationComment_ConsultationId_Screening",
                table: "ConsultationComment",
                columns: new[] { "ConsultationId", "Screening" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationComment_VersionId",
                table: "ConsultationComment",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationVersion_ConsultationId_Number",
                table: "ConsultationVersion",
                columns: new[] { "ConsultationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MajorDecision_OrganizationId_Year",
                table: "MajorDecision",
                columns: new[] { "OrganizationId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_MajorDecision_ResultPublicationId",
                table: "MajorDecision",
                column: "ResultPublicationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsultationComment");

            migrationBuilder.DropTable(
                name: "ConsultationVersion");

            migrationBuilder.DropTable(
                name: "Consultation");

            migrationBuilder.DropTable(
                name: "MajorDecision");
        }
    }
}
