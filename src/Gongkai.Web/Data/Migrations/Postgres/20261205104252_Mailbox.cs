using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Mailbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MailboxLetters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrackingCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    QueryPasswordHash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecipientOrganizationId = table.Column<int>(type: "integer", nullable: true),
                    HandlingOrganizationId = table.Column<int>(type: "integer", nullable: true),
                    RepliedByOrganizationId = table.Column<int>(type: "integer", nullable: true),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    Topic = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    NameCipher = table.Column<string>(type: "text", nullable: true),
                    PhoneCipher = table.Column<string>(type: "text", nullable: true),
                    EmailCipher = table.Column<string>(type: "text", nullable: true),
                    PublishConsent = table.Column<bool>(type: "boolean", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RegisteredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SubmissionKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IsOpen = table.Column<bool>(type: "boolean", nullable: false),
                    SignOffBy = table.Column<DateOnly>(type: "date", nullable: false),
                    ReplyBy = table.Column<DateOnly>(type: "date", nullable: false),
                    RepliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Extended = table.Column<bool>(type: "boolean", nullable: false),
                    ReplyText = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedSubject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PublishedContent = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    PublishedReply = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    MaskingReport = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailboxLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MailboxLetters_Organization_HandlingOrganizationId",
                        column: x => x.HandlingOrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MailboxLetters_Organization_RecipientOrganizationId",
                        column: x => x.RecipientOrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MailboxLetterAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LetterId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StorageKey = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailboxLetterAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MailboxLetterAttachments_MailboxLetters_LetterId",
                        column: x => x.LetterId,
                        principalTable: "MailboxLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MailboxLetterEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LetterId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    OrganizationId = table.Column<int>(type: "integer", nullable: true),
                    Text = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    Approver = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailboxLetterEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MailboxLetterEvents_MailboxLetters_LetterId",
                        column: x => x.LetterId,
                        principalTable: "MailboxLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MailboxLetterAttachments_LetterId",
                table: "MailboxLetterAttachments",
                column: "LetterId");

            migrationBuilder.CreateIndex(
                name: "IX_MailboxLetterEvents_LetterId",
                table: "MailboxLetterEvents",
                column: "LetterId");

            migrationBuilder.CreateIndex(
                name: "IX_MailboxLetters_Analysis",
                table: "MailboxLetters",
                columns: new[] { "ReceivedOn", "Type", "RepliedByOrganizationId", "HandlingOrganizationId", "RepliedOn", "ReplyBy", "PublishedAt", "PublishConsent", "Topic" });

            migrationBuilder.CreateIndex(
                name: "IX_MailboxLetters_Open_Handling_ReplyBy",
                table: "MailboxLetters",
                columns: new[] { "HandlingOrganizationId", "ReplyBy", "Id" },
                filter: "\"IsOpen\"");

            migrationBuilder.CreateIndex(
                name: "IX_MailboxLetters_Open_ReplyBy",
                table: "MailboxLetters",
                columns: new[] { "ReplyBy", "Id" },
                filter: "\"IsOpen\"");

            migrationBuilder.CreateIndex(
                name: "IX_MailboxLetters_Published",
                table: "MailboxLetters",
                columns: new[] { "PublishedAt", "Id" },
                filter: "\"PublishedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_MailboxLetters_RecipientOrganizationId",
                table: "MailboxLetters",
                column: "RecipientOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MailboxLetters_Subjects",
                table: "MailboxLetters",
                columns: new[] { "ReceivedOn", "Subject" });

            migrationBuilder.CreateIndex(
                name: "IX_MailboxLetters_SubmissionKey",
                table: "MailboxLetters",
                column: "SubmissionKey");

            migrationBuilder.CreateIndex(
                name: "IX_MailboxLetters_TrackingCode",
                table: "MailboxLetters",
                column: "TrackingCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MailboxLetterAttachments");

            migrationBuilder.DropTable(
                name: "MailboxLetterEvents");

            migrationBuilder.DropTable(
                name: "MailboxLetters");
        }
    }
}
