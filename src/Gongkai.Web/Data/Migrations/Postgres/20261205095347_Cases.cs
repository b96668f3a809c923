using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MarketRule",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IssuingAuthority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Validity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Industry = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketRule", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketRule_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyQuestion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Question = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Answer = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyQuestion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyQuestion_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceCase",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ItemName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    ApplicantCipher = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PhoneCheck = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IdCheck = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CurrentStep = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PromisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FinishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Result = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceCase", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceCase_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MarketRuleAttachment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RuleId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StoredName = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketRuleAttachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketRuleAttachment_MarketRule_RuleId",
                        column: x => x.RuleId,
                        principalTable: "MarketRule",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PolicyQuestionLink",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PolicyId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyQuestionLink", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyQuestionLink_PolicyQuestion_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "PolicyQuestion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceCaseStep",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceCaseStep", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceCaseStep_ServiceCase_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ServiceCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MarketRule_Industry_EffectiveOn",
                table: "MarketRule",
                columns: new[] { "Industry", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MarketRule_OrganizationId",
                table: "MarketRule",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketRuleAttachment_RuleId",
                table: "MarketRuleAttachment",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyQuestion_OrganizationId",
                table: "PolicyQuestion",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyQuestionLink_Kind_PolicyId",
                table: "PolicyQuestionLink",
                columns: new[] { "Kind", "PolicyId" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyQuestionLink_QuestionId_Kind_PolicyId",
                table: "PolicyQuestionLink",
                columns: new[] { "QuestionId", "Kind", "PolicyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCase_Number",
                table: "ServiceCase",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCase_OrganizationId_AcceptedOn",
                table: "ServiceCase",
                columns: new[] { "OrganizationId", "AcceptedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCaseStep_CaseId_Position",
                table: "ServiceCaseStep",
                columns: new[] { "CaseId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MarketRuleAttachment");

            migrationBuilder.DropTable(
                name: "PolicyQuestionLink");

            migrationBuilder.DropTable(
                name: "ServiceCaseStep");

            migrationBuilder.DropTable(
                name: "MarketRule");

            migrationBuilder.DropTable(
                name: "PolicyQuestion");

            migrationBuilder.DropTable(
                name: "ServiceCase");
        }
    }
}
