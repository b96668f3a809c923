using Gongkai.Domain.Consultations;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Consultations;

/// <summary>The 意见采纳情况 of a consultation: how many comments came in, how many were shown, how
/// each was handled, and every shown comment with its answer (a grouped answer is read from the
/// comment that carries it). Rejected comments are counted with the reason class only, never shown.</summary>
public sealed record ConsultationReport(
    int Received,
    int Shown,
    int NotShown,
    int Adopted,
    int PartlyAdopted,
    int NotAdopted,
    int Unanswered,
    IReadOnlyList<PublicComment> Comments)
{
    public static async Task<ConsultationReport> LoadAsync(GongkaiDbContext db, Consultation consultation, CancellationToken ct)
    {
        var all = await db.Set<ConsultationComment>().AsNoTracking().Where(c => c.ConsultationId == consultation.Id)
            .OrderBy(c => c.Id).ToListAsync(ct);
        var shown = all.Where(c => c.Screening == CommentScreening.Approved).ToList();
        var versions = consultation.Versions.ToDictionary(v => v.Id, v => v.Number);
        return new ConsultationReport(
            all.Count,
            shown.Count,
            all.Count(c => c.Screening == CommentScreening.Rejected),
            shown.Count(c => c.AnswerKind == CommentAnswerKind.Adopted),
            shown.Count(c => c.AnswerKind == CommentAnswerKind.PartlyAdopted),
            shown.Count(c => c.AnswerKind == CommentAnswerKind.NotAdopted),
            all.Count(c => c.Screening != CommentScreening.Rejected && c.AnswerKind is null),
            shown.Select(c => PublicComment.From(c, versions.GetValueOrDefault(c.VersionId))).ToList());
    }
}

/// <summary>A comment as the public sees it: the display name (or 某网友), the masked text, the
/// version and paragraph it was made on, and the answer. Never the name or phone.</summary>
public sealed record PublicComment(
    int Id,
    int Version,
    string? Anchor,
    string? AnchorLabel,
    string Author,
    string Text,
    DateTimeOffset SubmittedAt,
    CommentAnswerKind? Result,
    string? Answer,
    int? AnsweredWith)
{
    public static PublicComment From(ConsultationComment c, int version) =>
        new(c.Id, version, c.Anchor, c.AnchorLabel, c.PublicName, c.PublicText ?? "", c.SubmittedAt, c.AnswerKind, c.AnswerText, c.AnsweredWithId);

    public string? ResultName => Result is { } r ? CommentAnswerKinds.Name(r) : null;

    public object ToJson() => new
    {
        id = Id,
        version = Version,
        anchor = Anchor,
        anchorLabel = AnchorLabel,
        author = Author,
        text = Text,
        submittedAt = SubmittedAt,
        result = Result is { } r ? CommentAnswerKinds.Code(r) : null,
        resultName = ResultName,
        answer = Answer,
        answeredWith = AnsweredWith,
    };
}
