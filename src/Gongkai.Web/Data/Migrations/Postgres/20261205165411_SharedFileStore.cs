using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SharedFileStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StoredFiles",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ChunkSize = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFiles", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "StoredFileChunks",
                columns: table => new
                {
                    FileKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFileChunks", x => new { x.FileKey, x.Number });
                    table.ForeignKey(
                        name: "FK_StoredFileChunks_StoredFiles_FileKey",
                        column: x => x.FileKey,
                        principalTable: "StoredFiles",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            // Uploads are mostly compressed already (PDF, .docx, .xlsx, images): store chunks out of
            // line without PostgreSQL's pglz pass, which would cost CPU on every write for little gain.
            migrationBuilder.Sql("""ALTER TABLE "StoredFileChunks" ALTER COLUMN "Data" SET STORAGE EXTERNAL;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StoredFileChunks");

            migrationBuilder.DropTable(
                name: "StoredFiles");
        }
    }
}
