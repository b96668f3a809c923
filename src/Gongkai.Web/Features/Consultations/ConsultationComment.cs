using Gongkai.Domain.Consultations;

namespace Gongkai.Web.Features.Consultations;

/// <summary>One public comment on a version of a draft, on the whole of it or on one paragraph
/// (<see cref="Anchor"/>). <see cref="Name"/> and <see cref="Phone"/> let the organ reach the writer and
/// are never shown; the public reads <see cref="PublicName"/> and <see cref="PublicText"/> once the organ
/// has screened it (<see cref="Screening"/>).</summary>
public sealed class ConsultationComment
{
    public int Id { get; set; }

    public int ConsultationId { get; set; }

    public int VersionId { get; set; }

    /// <summary>The paragraph's anchor id in that version (<c>p3</c>); null: the whole draft.</summary>
    public string? Anchor { get; set; }

    /// <summary>The start of the paragraph commented on, as the public sees it beside the comment.</summary>
    public string? AnchorLabel { get; set; }

    /// <summary>Plain text (HTML stripped on receipt).</summary>
    public string Text { get; set; } = "";

    public string Name { get; set; } = "";

    public string Phone { get; set; } = "";

    public string? DisplayName { get; set; }

    /// <summary>The text with personal data masked, set when the comment is approved.</summary>
    public string? PublicText { get; set; }

    /// <summary>Hash of (phone, text) to catch the same comment sent twice in a few minutes.</summary>
    public string ContentHash { get; set; } = "";

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>What the personal-data check found on receipt, e.g. "手机号码 1 处", for the screener.</summary>
    public string? PersonalDataFound { get; set; }

    public CommentScreening Screening { get; set; }

    public string? ScreeningNote { get; set; }

    public string? ScreenedBy { get; set; }

    public DateTimeOffset? ScreenedAt { get; set; }

    public CommentAnswerKind? AnswerKind { get; set; }

    public string? AnswerText { get; set; }

    /// <summary>A grouped answer: the comment whose answer this one shares (similar comments answered once).</summary>
    public int? AnsweredWithId { get; set; }

    public string? AnsweredBy { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public string PublicName => string.IsNullOrWhiteSpace(DisplayName) ? CommentRules.AnonymousName : DisplayName;

    public bool IsAnswered => AnswerKind is not null;
}
