using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LeadOrgan = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PlannedTime = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    NeedsHearing = table.Column<bool>(type: "boolean", nullable: false),
                    NeedsExpertReview = table.Column<bool>(type: "boolean", nullable: false),
                    NeedsRiskAssessment = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ResultPublicationId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    MainQuestions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    WaysToRespond = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IsMajorDecision = table.Column<bool>(type: "boolean", nullable: false),
                    MajorDecisionId = table.Column<int>(type: "integer", nullable: true),
                    ShortWindowReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReportPublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReportSummary = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ResultPublicationId = table.Column<int>(type: "integer", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConsultationId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    DraftHtml = table.Column<string>(type: "text", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConsultationId = table.Column<int>(type: "integer", nullable: false),
                    VersionId = table.Column<int>(type: "integer", nullable: false),
                    Anchor = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AnchorLabel = table.Column<string>(type: "character varying(31)", maxLength: 31, nullable: true),
                    Text = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PublicText = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PersonalDataFound = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Screening = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ScreeningNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ScreenedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ScreenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnswerKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AnswerText = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: true),
                    AnsweredWithId = table.Column<int>(type: "integer", nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
