using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Catalogs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "OfficeIsSubordinateUnit",
                table: "Organization",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CaseSubmission",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSubmission", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseSubmission_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CatalogueArea",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueArea", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReadingPlace",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Hours = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Services = table.Column<int>(type: "INTEGER", nullable: false),
                    Equipment = table.Column<string>(type: "TEXT", nullable: true),
                    PhotoUrls = table.Column<string>(type: "TEXT", nullable: true),
                    MapUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadingPlace", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReadingPlace_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingRecord",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    RecordedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingRecord", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingRecord_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CatalogueAdoption",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    AdoptedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueAdoption", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogueAdoption_CatalogueArea_AreaId",
                        column: x => x.AreaId,
                        principalTable: "CatalogueArea",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CatalogueAdoption_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CatalogueEntry",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Level1 = table.Column<string>(type: "TEXT", nullable: true),
                    Level2 = table.Column<string>(type: "TEXT", nullable: true),
                    Content = table.Column<string>(type: "TEXT", nullable: true),
                    Basis = table.Column<string>(type: "TEXT", nullable: true),
                    TimeLimit = table.Column<string>(type: "TEXT", nullable: true),
                    TimeLimitKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ItemWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", nullable: true),
                    Channels = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherChannels = table.Column<string>(type: "TEXT", nullable: true),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    ColumnId = table.Column<int>(type: "INTEGER", nullable: true),
                    Warnings = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogueEntry_CatalogueArea_AreaId",
                        column: x => x.AreaId,
                        principalTable: "CatalogueArea",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CatalogueEntry_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CatalogueEntry_PublicationColumn_ColumnId",
                        column: x => x.ColumnId,
                        principalTable: "PublicationColumn",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ReadingPlaceVisit",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Visitors = table.Column<int>(type: "INTEGER", nullable: false),
                    Services = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecordedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadingPlaceVisit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReadingPlaceVisit_ReadingPlace_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "ReadingPlace",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReadingPlaceApplication",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadingPlaceApplication", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReadingPlaceApplication_DisclosureApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "DisclosureApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReadingPlaceApplication_ReadingPlaceVisit_VisitId",
                        column: x => x.VisitId,
                        principalTable: "ReadingPlaceVisit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSubmission_OrganizationId_SubmittedOn",
                table: "CaseSubmission",
                columns: new[] { "OrganizationId", "SubmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueAdoption_AreaId",
                table: "CatalogueAdoption",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueAdoption_OrganizationId_AreaId",
                table: "CatalogueAdoption",
                columns: new[] { "OrganizationId", "AreaId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueArea_Number",
                table: "CatalogueArea",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEntry_AreaId",
                table: "CatalogueEntry",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEntry_ColumnId",
                table: "CatalogueEntry",
                column: "ColumnId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEntry_OrganizationId_AreaId_Sequence",
                table: "CatalogueEntry",
                columns: new[] { "OrganizationId", "AreaId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_ReadingPlace_OrganizationId",
                table: "ReadingPlace",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ReadingPlaceApplication_ApplicationId",
                table: "ReadingPlaceApplication",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReadingPlaceApplication_VisitId",
                table: "ReadingPlaceApplication",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_ReadingPlaceVisit_PlaceId_VisitedOn",
                table: "ReadingPlaceVisit",
                columns: new[] { "PlaceId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecord_OrganizationId_HeldOn",
                table: "TrainingRecord",
                columns: new[] { "OrganizationId", "HeldOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseSubmission");

            migrationBuilder.DropTable(
                name: "CatalogueAdoption");

            migrationBuilder.DropTable(
                name: "CatalogueEntry");

            migrationBuilder.DropTable(
                name: "ReadingPlaceApplication");

            migrationBuilder.DropTable(
                name: "TrainingRecord");

            migrationBuilder.DropTable(
                name: "CatalogueArea");

            migrationBuilder.DropTable(
                name: "ReadingPlaceVisit");

            migrationBuilder.DropTable(
                name: "ReadingPlace");

            migrationBuilder.DropColumn(
                name: "OfficeIsSubordinateUnit",
                table: "Organization");
        }
    }
}
