using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    TakenAt = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NoticeId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Points = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SnapshotId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
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
