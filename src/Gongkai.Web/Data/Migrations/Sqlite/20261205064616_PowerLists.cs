using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PowerLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PowerItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SubItem = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    HandlingUnit = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Responsibilities = table.Column<string>(type: "TEXT", nullable: true),
                    Accountability = table.Column<string>(type: "TEXT", nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BatchId = table.Column<int>(type: "INTEGER", nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TransferredFromId = table.Column<int>(type: "INTEGER", nullable: true),
                    TransferredToId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PowerItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PowerItem_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PowerListBatch",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SubmittedAt = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReviewedAt = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PowerListBatch", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PowerListBatch_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PowerAdjustment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Incoming = table.Column<bool>(type: "INTEGER", nullable: false),
                    OtherOrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    Changes = table.Column<string>(type: "TEXT", nullable: true),
                    NewFieldsJson = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BatchId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedAt = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PowerAdjustment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PowerAdjustment_PowerItem_ItemId",
                        column: x => x.ItemId,
                        principalTable: "PowerItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PowerAdjustment_ItemId",
                table: "PowerAdjustment",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_PowerAdjustment_OrganizationId_EffectiveOn",
                table: "PowerAdjustment",
                columns: new[] { "OrganizationId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PowerItem_OrganizationId_Code",
                table: "PowerItem",
                columns: new[] { "OrganizationId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PowerItem_Status_Type",
                table: "PowerItem",
                columns: new[] { "Status", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_PowerListBatch_OrganizationId_Status",
                table: "PowerListBatch",
                columns: new[] { "OrganizationId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PowerAdjustment");

            migrationBuilder.DropTable(
                name: "PowerListBatch");

            migrationBuilder.DropTable(
                name: "PowerItem");
        }
    }
}
