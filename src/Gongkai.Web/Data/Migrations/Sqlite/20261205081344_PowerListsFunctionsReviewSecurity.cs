using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PowerListsFunctionsReviewSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Supervision",
                table: "DisclosureGuide",
                newName: "OtherMatters");

            migrationBuilder.AddColumn<bool>(
                name: "Passed",
                table: "PublicationReviewActions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DeferredTo",
                table: "DisclosureApplicationEvents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Delivery",
                table: "DisclosureApplicationEvents",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnnualReportSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentDay = table.Column<int>(type: "INTEGER", nullable: false),
                    TownMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    TownDay = table.Column<int>(type: "INTEGER", nullable: false),
                    GovernmentMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    GovernmentDay = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReportSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GuideHeadingSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Holdings = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Channels = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Application = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Office = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OtherMatters = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuideHeadingSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationFunctionsVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Duties = table.Column<string>(type: "TEXT", nullable: false),
                    InternalBodies = table.Column<string>(type: "TEXT", nullable: false),
                    Subordinates = table.Column<string>(type: "TEXT", nullable: false),
                    Leaders = table.Column<string>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Hours = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Fax = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReviewedAt = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedAt = table.Column<string>(type: "TEXT", nullable: true),
                    SupersededAt = table.Column<string>(type: "TEXT", nullable: true),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationFunctionsVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationFunctionsVersions_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PasswordHistoryEntry",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    SetAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PasswordHistoryEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PasswordHistoryEntry_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "PublicationStatutoryAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Assigned = table.Column<bool>(type: "INTEGER", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationStatutoryAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicationStatutoryAssignments_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_OrganizationFunctionsVersions_OrganizationId_Number",
                table: "OrganizationFunctionsVersions",
                columns: new[] { "OrganizationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationFunctionsVersions_Published",
                table: "OrganizationFunctionsVersions",
                column: "OrganizationId",
                unique: true,
                filter: "\"Status\" = 'Published'");

            migrationBuilder.CreateIndex(
                name: "IX_PasswordHistoryEntry_UserId_Id",
                table: "PasswordHistoryEntry",
                columns: new[] { "UserId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PowerAdjustment_ItemId",
                table: "PowerAdjustment",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_PowerAdjustment_OrganizationId_EffectiveOn",
                table: "PowerAdjustment",
                columns: new[] { "OrganizationId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PowerItem_District",
                table: "PowerItem",
                columns: new[] { "Status", "Type", "OrganizationId", "Code", "EffectiveFrom", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PowerItem_OrganizationId_Code",
                table: "PowerItem",
                columns: new[] { "OrganizationId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PowerListBatch_OrganizationId_Status",
                table: "PowerListBatch",
                columns: new[] { "OrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicationStatutoryAssignments_OrganizationId_ItemKey",
                table: "PublicationStatutoryAssignments",
                columns: new[] { "OrganizationId", "ItemKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualReportSettings");

            migrationBuilder.DropTable(
                name: "GuideHeadingSettings");

            migrationBuilder.DropTable(
                name: "OrganizationFunctionsVersions");

            migrationBuilder.DropTable(
                name: "PasswordHistoryEntry");

            migrationBuilder.DropTable(
                name: "PowerAdjustment");

            migrationBuilder.DropTable(
                name: "PowerListBatch");

            migrationBuilder.DropTable(
                name: "PublicationStatutoryAssignments");

            migrationBuilder.DropTable(
                name: "PowerItem");

            migrationBuilder.DropColumn(
                name: "Passed",
                table: "PublicationReviewActions");

            migrationBuilder.DropColumn(
                name: "DeferredTo",
                table: "DisclosureApplicationEvents");

            migrationBuilder.DropColumn(
                name: "Delivery",
                table: "DisclosureApplicationEvents");

            migrationBuilder.RenameColumn(
                name: "OtherMatters",
                table: "DisclosureGuide",
                newName: "Supervision");
        }
    }
}
