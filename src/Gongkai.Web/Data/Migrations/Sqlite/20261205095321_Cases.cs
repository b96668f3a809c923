using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IssuingAuthority = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Validity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantCipher = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PhoneCheck = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IdCheck = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CurrentStep = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PromisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FinishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RuleId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StoredName = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
