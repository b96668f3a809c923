using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LegalCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DeferredTo",
                table: "DisclosureApplicationEvents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Delivery",
                table: "DisclosureApplicationEvents",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeferredTo",
                table: "DisclosureApplicationEvents");

            migrationBuilder.DropColumn(
                name: "Delivery",
                table: "DisclosureApplicationEvents");
        }
    }
}
