using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PartyKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PartyName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PartyIdNumberCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PartyCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Matter = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Facts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Basis = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Result = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FineAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    SimpleProcedure = table.Column<bool>(type: "boolean", nullable: false),
                    Protected = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PublishBy = table.Column<DateOnly>(type: "date", nullable: false),
                    DueExplanation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LateWorkingDays = table.Column<int>(type: "integer", nullable: true),
                    PublicUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawalKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    WithdrawalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
