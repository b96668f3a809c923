using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServicesParticipationOverview : Migration
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

            migrationBuilder.AddColumn<string>(
                name: "Sector",
                table: "Organization",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SupervisingOrganizationId",
                table: "Organization",
                type: "INTEGER",
                nullable: true);

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
                name: "ConcernDetails",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Speakers = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    VideoUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PictureUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Concern = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConcernSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConcernRaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernDetails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConcernDetails_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConcernDetails_Publication_PublicationId",
                        column: x => x.PublicationId,
                        principalTable: "Publication",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EmergencyNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StartsAt = table.Column<string>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmergencyNotices", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "MailboxLetters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    QueryPasswordHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecipientOrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    HandlingOrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    RepliedByOrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    NameCipher = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneCipher = table.Column<string>(type: "TEXT", nullable: true),
                    EmailCipher = table.Column<string>(type: "TEXT", nullable: true),
                    PublishConsent = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<string>(type: "TEXT", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SubmissionKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignOffBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReplyBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RepliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Extended = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReplyText = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    PublishedAt = table.Column<string>(type: "TEXT", nullable: true),
                    PublishedSubject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PublishedContent = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    PublishedReply = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    MaskingReport = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "MajorDecision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LeadOrgan = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PlannedTime = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NeedsHearing = table.Column<bool>(type: "INTEGER", nullable: false),
                    NeedsExpertReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    NeedsRiskAssessment = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ResultPublicationId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MajorDecision", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MajorDecision_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MajorDecision_Publication_ResultPublicationId",
                        column: x => x.ResultPublicationId,
                        principalTable: "Publication",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MarketRule",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IssuingAuthority = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Validity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketRule", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketRule_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyInterpretationReactions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    FoundOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyInterpretationReactions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyInterpretationReactions_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PolicyInterpretationReactions_Publication_PublicationId",
                        column: x => x.PublicationId,
                        principalTable: "Publication",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PolicyQuestion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyQuestion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyQuestion_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PortalTopics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Intro = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ColumnKeys = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SearchTerms = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PortalTopics", x => x.Id);
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
                name: "ServiceCase",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantCipher = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PhoneCheck = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IdCheck = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CurrentStep = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PromisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FinishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceCase", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceCase_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceGuide",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Basis = table.Column<string>(type: "TEXT", nullable: true),
                    Implementer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HandlingUnit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Applicants = table.Column<string>(type: "TEXT", nullable: true),
                    Conditions = table.Column<string>(type: "TEXT", nullable: true),
                    Steps = table.Column<string>(type: "TEXT", nullable: true),
                    LegalTimeLimit = table.Column<int>(type: "INTEGER", nullable: true),
                    PromisedTimeLimit = table.Column<int>(type: "INTEGER", nullable: true),
                    Charged = table.Column<bool>(type: "INTEGER", nullable: true),
                    FeeStandard = table.Column<string>(type: "TEXT", nullable: true),
                    FeeBasis = table.Column<string>(type: "TEXT", nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Hours = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Visits = table.Column<int>(type: "INTEGER", nullable: true),
                    Online = table.Column<bool>(type: "INTEGER", nullable: true),
                    OnlineUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Result = table.Column<string>(type: "TEXT", nullable: true),
                    ConsultPhone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ComplaintPhone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Faq = table.Column<string>(type: "TEXT", nullable: true),
                    FlowChartFileId = table.Column<int>(type: "INTEGER", nullable: true),
                    FilledElements = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SubmittedAt = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedAt = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceGuide", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceGuide_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceGuideSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    VaguePhrases = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceGuideSettings", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "MailboxLetterAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LetterId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StorageKey = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LetterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    Approver = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecordedAt = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "MailboxLetterReminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LetterId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailboxLetterReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MailboxLetterReminders_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MailboxLetterReminders_MailboxLetters_LetterId",
                        column: x => x.LetterId,
                        principalTable: "MailboxLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Consultation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MainQuestions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WaysToRespond = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsMajorDecision = table.Column<bool>(type: "INTEGER", nullable: false),
                    MajorDecisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    ShortWindowReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReportPublishedAt = table.Column<string>(type: "TEXT", nullable: true),
                    ReportSummary = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ResultPublicationId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consultation_MajorDecision_MajorDecisionId",
                        column: x => x.MajorDecisionId,
                        principalTable: "MajorDecision",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consultation_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consultation_Publication_ResultPublicationId",
                        column: x => x.ResultPublicationId,
                        principalTable: "Publication",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MarketRuleAttachment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RuleId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StoredName = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketRuleAttachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketRuleAttachment_MarketRule_RuleId",
                        column: x => x.RuleId,
                        principalTable: "MarketRule",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PolicyQuestionLink",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyQuestionLink", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyQuestionLink_PolicyQuestion_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "PolicyQuestion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "ServiceCaseStep",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceCaseStep", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceCaseStep_ServiceCase_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ServiceCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceGuideFile",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuideId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StorageKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceGuideFile", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceGuideFile_ServiceGuide_GuideId",
                        column: x => x.GuideId,
                        principalTable: "ServiceGuide",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceGuideMaterial",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuideId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Copies = table.Column<int>(type: "INTEGER", nullable: true),
                    Medium = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    Requirements = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BlankFormFileId = table.Column<int>(type: "INTEGER", nullable: true),
                    SampleFileId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceGuideMaterial", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceGuideMaterial_ServiceGuide_GuideId",
                        column: x => x.GuideId,
                        principalTable: "ServiceGuide",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConsultationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DraftHtml = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PublishedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationVersion_Consultation_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "ConsultationComment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConsultationId = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Anchor = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AnchorLabel = table.Column<string>(type: "TEXT", maxLength: 31, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PublicText = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmittedAt = table.Column<string>(type: "TEXT", nullable: false),
                    PersonalDataFound = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Screening = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ScreeningNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ScreenedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ScreenedAt = table.Column<string>(type: "TEXT", nullable: true),
                    AnswerKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AnswerText = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: true),
                    AnsweredWithId = table.Column<int>(type: "INTEGER", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AnsweredAt = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationComment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationComment_ConsultationComment_AnsweredWithId",
                        column: x => x.AnsweredWithId,
                        principalTable: "ConsultationComment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsultationComment_ConsultationVersion_VersionId",
                        column: x => x.VersionId,
                        principalTable: "ConsultationVersion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsultationComment_Consultation_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Publication_Lateness",
                table: "Publication",
                columns: new[] { "PublishedAt", "OrganizationId", "ColumnId", "FormedOn", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Organization_SupervisingOrganizationId",
                table: "Organization",
                column: "SupervisingOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureApplications_LateReplies",
                table: "DisclosureApplications",
                columns: new[] { "RepliedOn", "OrganizationId", "DueOn" });

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
                name: "IX_ConcernDetails_Kind_OrganizationId",
                table: "ConcernDetails",
                columns: new[] { "Kind", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConcernDetails_OrganizationId",
                table: "ConcernDetails",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernDetails_PublicationId",
                table: "ConcernDetails",
                column: "PublicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Consultation_MajorDecisionId",
                table: "Consultation",
                column: "MajorDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultation_OrganizationId_ClosesOn",
                table: "Consultation",
                columns: new[] { "OrganizationId", "ClosesOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Consultation_ReportPublishedAt_ClosesOn",
                table: "Consultation",
                columns: new[] { "ReportPublishedAt", "ClosesOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Consultation_ResultPublicationId",
                table: "Consultation",
                column: "ResultPublicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationComment_AnsweredWithId",
                table: "ConsultationComment",
                column: "AnsweredWithId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationComment_ConsultationId_ContentHash",
                table: "ConsultationComment",
                columns: new[] { "ConsultationId", "ContentHash" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationComment_ConsultationId_Screening",
                table: "ConsultationComment",
                columns: new[] { "ConsultationId", "Screening" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationComment_VersionId",
                table: "ConsultationComment",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationVersion_ConsultationId_Number",
                table: "ConsultationVersion",
                columns: new[] { "ConsultationId", "Number" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_MailboxLetterAttachments_LetterId",
                table: "MailboxLetterAttachments",
                column: "LetterId");

            migrationBuilder.CreateIndex(
                name: "IX_MailboxLetterEvents_LetterId",
                table: "MailboxLetterEvents",
                column: "LetterId");

            migrationBuilder.CreateIndex(
                name: "IX_MailboxLetterReminders_LetterId_UserId_Kind_DueOn",
                table: "MailboxLetterReminders",
                columns: new[] { "LetterId", "UserId", "Kind", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MailboxLetterReminders_UserId",
                table: "MailboxLetterReminders",
                column: "UserId");

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

            migrationBuilder.CreateIndex(
                name: "IX_MajorDecision_OrganizationId_Year",
                table: "MajorDecision",
                columns: new[] { "OrganizationId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_MajorDecision_ResultPublicationId",
                table: "MajorDecision",
                column: "ResultPublicationId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketRule_Industry_EffectiveOn",
                table: "MarketRule",
                columns: new[] { "Industry", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MarketRule_OrganizationId",
                table: "MarketRule",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketRuleAttachment_RuleId",
                table: "MarketRuleAttachment",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyInterpretationReactions_OrganizationId_PublicationId",
                table: "PolicyInterpretationReactions",
                columns: new[] { "OrganizationId", "PublicationId" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyInterpretationReactions_PublicationId",
                table: "PolicyInterpretationReactions",
                column: "PublicationId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyQuestion_OrganizationId",
                table: "PolicyQuestion",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyQuestionLink_Kind_PolicyId",
                table: "PolicyQuestionLink",
                columns: new[] { "Kind", "PolicyId" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyQuestionLink_QuestionId_Kind_PolicyId",
                table: "PolicyQuestionLink",
                columns: new[] { "QuestionId", "Kind", "PolicyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PortalTopics_Slug",
                table: "PortalTopics",
                column: "Slug",
                unique: true);

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
                name: "IX_ServiceCase_Number",
                table: "ServiceCase",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCase_OrganizationId_AcceptedOn",
                table: "ServiceCase",
                columns: new[] { "OrganizationId", "AcceptedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCaseStep_CaseId_Position",
                table: "ServiceCaseStep",
                columns: new[] { "CaseId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceGuide_Code",
                table: "ServiceGuide",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceGuide_OrganizationId",
                table: "ServiceGuide",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceGuide_Status_OrganizationId",
                table: "ServiceGuide",
                columns: new[] { "Status", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceGuideFile_GuideId",
                table: "ServiceGuideFile",
                column: "GuideId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceGuideMaterial_GuideId_Position",
                table: "ServiceGuideMaterial",
                columns: new[] { "GuideId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskAssessmentCriterion_NoticeId_IndicatorKey",
                table: "TaskAssessmentCriterion",
                columns: new[] { "NoticeId", "IndicatorKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecord_OrganizationId_HeldOn",
                table: "TrainingRecord",
                columns: new[] { "OrganizationId", "HeldOn" });

            migrationBuilder.AddForeignKey(
                name: "FK_Organization_Organization_SupervisingOrganizationId",
                table: "Organization",
                column: "SupervisingOrganizationId",
                principalTable: "Organization",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Organization_Organization_SupervisingOrganizationId",
                table: "Organization");

            migrationBuilder.DropTable(
                name: "CaseSubmission");

            migrationBuilder.DropTable(
                name: "CatalogueAdoption");

            migrationBuilder.DropTable(
                name: "CatalogueEntry");

            migrationBuilder.DropTable(
                name: "ComplianceSnapshotFindings");

            migrationBuilder.DropTable(
                name: "ConcernDetails");

            migrationBuilder.DropTable(
                name: "ConsultationComment");

            migrationBuilder.DropTable(
                name: "EmergencyNotices");

            migrationBuilder.DropTable(
                name: "EnforcementDecision");

            migrationBuilder.DropTable(
                name: "MailboxLetterAttachments");

            migrationBuilder.DropTable(
                name: "MailboxLetterEvents");

            migrationBuilder.DropTable(
                name: "MailboxLetterReminders");

            migrationBuilder.DropTable(
                name: "MarketRuleAttachment");

            migrationBuilder.DropTable(
                name: "PolicyInterpretationReactions");

            migrationBuilder.DropTable(
                name: "PolicyQuestionLink");

            migrationBuilder.DropTable(
                name: "PortalTopics");

            migrationBuilder.DropTable(
                name: "ReadingPlaceApplication");

            migrationBuilder.DropTable(
                name: "ServiceCaseStep");

            migrationBuilder.DropTable(
                name: "ServiceGuideFile");

            migrationBuilder.DropTable(
                name: "ServiceGuideMaterial");

            migrationBuilder.DropTable(
                name: "ServiceGuideSettings");

            migrationBuilder.DropTable(
                name: "TaskAssessmentCriterion");

            migrationBuilder.DropTable(
                name: "TrainingRecord");

            migrationBuilder.DropTable(
                name: "CatalogueArea");

            migrationBuilder.DropTable(
                name: "ComplianceSnapshots");

            migrationBuilder.DropTable(
                name: "ConsultationVersion");

            migrationBuilder.DropTable(
                name: "MailboxLetters");

            migrationBuilder.DropTable(
                name: "MarketRule");

            migrationBuilder.DropTable(
                name: "PolicyQuestion");

            migrationBuilder.DropTable(
                name: "ReadingPlaceVisit");

            migrationBuilder.DropTable(
                name: "ServiceCase");

            migrationBuilder.DropTable(
                name: "ServiceGuide");

            migrationBuilder.DropTable(
                name: "Consultation");

            migrationBuilder.DropTable(
                name: "ReadingPlace");

            migrationBuilder.DropTable(
                name: "MajorDecision");

            migrationBuilder.DropIndex(
                name: "IX_Publication_Lateness",
                table: "Publication");

            migrationBuilder.DropIndex(
                name: "IX_Organization_SupervisingOrganizationId",
                table: "Organization");

            migrationBuilder.DropIndex(
                name: "IX_DisclosureApplications_LateReplies",
                table: "DisclosureApplications");

            migrationBuilder.DropColumn(
                name: "OfficeIsSubordinateUnit",
                table: "Organization");

            migrationBuilder.DropColumn(
                name: "Sector",
                table: "Organization");

            migrationBuilder.DropColumn(
                name: "SupervisingOrganizationId",
                table: "Organization");
        }
    }
}
