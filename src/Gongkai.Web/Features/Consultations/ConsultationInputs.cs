namespace Gongkai.Web.Features.Consultations;

/// <summary>POST /api/v1/consultations. <see cref="Organization"/>: the organ's id, full or short name.</summary>
public sealed record ConsultationInput(
    string? Organization,
    string? Title,
    string? DraftHtml,
    DateOnly? OpensOn,
    DateOnly? ClosesOn,
    bool MajorDecision = false,
    string? ShortWindowReason = null,
    string? Reason = null,
    string? MainQuestions = null,
    string? WaysToRespond = null,
    int? MajorDecisionId = null);

/// <summary>A revised draft: the next frozen version.</summary>
public sealed record VersionInput(string? DraftHtml, string? Note);

/// <summary>A public comment; <see cref="Version"/> defaults to the current version, <see cref="Anchor"/>
/// to the whole draft.</summary>
public sealed record CommentInput(string? Text, string? Anchor, string? Name, string? Phone, string? DisplayName = null, int? Version = null);

public sealed record ScreenInput(bool Approve, string? Note);

/// <summary><see cref="Result"/>: adopted, partlyAdopted or notAdopted (or 采纳, 部分采纳, 未采纳);
/// <see cref="SameAs"/>: answer like that comment (similar comments answered together).</summary>
public sealed record AnswerInput(string? Result, string? Text, int? SameAs = null);

public sealed record ReportInput(string? Summary, int? ResultPublicationId = null);

/// <summary>An item of the 重大行政决策事项目录.</summary>
public sealed record MajorDecisionInput(
    string? Organization,
    int? Year,
    string? Name,
    string? LeadOrgan,
    string? LegalBasis,
    string? PlannedTime,
    bool NeedsHearing = false,
    bool NeedsExpertReview = false,
    bool NeedsRiskAssessment = false,
    string? Status = null);

public sealed record DecisionStatusInput(string? Status, int? ResultPublicationId = null);
