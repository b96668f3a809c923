using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Enforcement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EnforcementDecision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PartyKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PartyName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PartyIdNumberCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PartyCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Matter = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FineAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SimpleProcedure = table.Column<bool>(type: "INTEGER", nullable: false),
                    Protected = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublishBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueExplanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LateWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    PublicUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawalKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementDecision", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementDecision_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementDecision_Category",
                table: "EnforcementDecision",
                columns: new[] { "Status", "Category", "DecidedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementDecision_Clock",
                table: "EnforcementDecision",
                columns: new[] { "Status", "OrganizationId", "PublishBy" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementDecision_Decided",
                table: "EnforcementDecision",
                columns: new[] { "Status", "DecidedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementDecision_Due",
                table: "EnforcementDecision",
                columns: new[] { "Status", "PublishBy" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementDecision_Organ",
                table: "EnforcementDecision",
                columns: new[] { "Status", "OrganizationId", "DecidedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementDecision_OrganizationId_DocumentNumber",
                table: "EnforcementDecision",
                columns: new[] { "OrganizationId", "DocumentNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EnforcementDecision");
        }
    }
}
