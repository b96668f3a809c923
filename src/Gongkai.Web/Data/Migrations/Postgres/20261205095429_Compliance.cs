using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Compliance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ComplianceSnapshots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    TakenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplianceSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplianceSnapshots_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskAssessmentCriterion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NoticeId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Points = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskAssessmentCriterion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskAssessmentCriterion_TaskNotice_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "TaskNotice",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComplianceSnapshotFindings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SnapshotId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplianceSnapshotFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplianceSnapshotFindings_ComplianceSnapshots_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "ComplianceSnapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceSnapshotFindings_SnapshotId_IndicatorKey",
                table: "ComplianceSnapshotFindings",
                columns: new[] { "SnapshotId", "IndicatorKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceSnapshots_OrganizationId",
                table: "ComplianceSnapshots",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceSnapshots_Year_Month_OrganizationId",
                table: "ComplianceSnapshots",
                columns: new[] { "Year", "Month", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskAssessmentCriterion_NoticeId_IndicatorKey",
                table: "TaskAssessmentCriterion",
                columns: new[] { "NoticeId", "IndicatorKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComplianceSnapshotFindings");

            migrationBuilder.DropTable(
                name: "TaskAssessmentCriterion");

            migrationBuilder.DropTable(
                name: "ComplianceSnapshots");
        }
    }
}
