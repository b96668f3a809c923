using Gongkai.Domain.Consultations;
using Gongkai.Web.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Consultations.Admin;

/// <summary>/admin/consultations/{id}: every comment received, with the writer's name and phone and
/// what the personal-data check found; the organ approves or rejects each for publication, answers it
/// (or answers it like a similar one), and publishes the 意见采纳情况 once all are answered.</summary>
[Authorize(Policy = Policies.Staff)]
[TypeFilter(typeof(Publications.Attachments.AttachmentUploadLimitFilter), Arguments = [ConsultationAttachments.MaxFiles], Order = 900)]
public sealed class ConsultationAdminModel(GongkaiDbContext db, ConsultationAccess access, ConsultationService service, ConsultationStaff staff,
    ConsultationAttachments attachments) : PageModel
{
    /// <summary>Each version's files (frozen with the version), by version id.</summary>
    public Dictionary<int, List<ConsultationAttachment>> Files { get; private set; } = [];

    /// <summary>The revised draft and its note as typed, kept when the revision is refused.</summary>
    public string? RevisedDraft { get; private set; }

    public string? RevisedNote { get; private set; }

    public bool CanEdit { get; private set; }

    public Consultation Consultation { get; private set; } = null!;

    public List<ConsultationComment> Comments { get; private set; } = [];

    public Dictionary<int, int> VersionNumbers { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await FindHandledAsync(id, ct) is not { } c)
        {
            return NotFound();
        }

        Message = TempData["Message"] as string;
        await LoadAsync(c, ct);
        return Page();
    }

    /// <summary>修订草案: the organ's editor adds the next frozen version through the same service as
    /// the API; earlier versions and their comments stay. Another organ's staff get 403 (recorded).</summary>
    public async Task<IActionResult> OnPostReviseAsync(int id, string? draftHtml, string? note, CancellationToken ct)
    {
        if (await service.FindAsync(id, ct) is not { } c)
        {
            return NotFound();
        }

        if (!await access.CanEditAsync(c.OrganizationId, ct))
        {
            await staff.DeniedAsync(c.OrganizationId, "修订征求意见草案", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        // A refused file refuses the revision: the new version and its files are published together.
        var (files, fileError) = attachments.Check(Request.Form.Files);
        var (version, error) = fileError is not null ? (null, fileError) : await service.ReviseAsync(c, new VersionInput(draftHtml, note), ct);
        if (version is not null)
        {
            await attachments.AttachAsync(c, version, files, ct);
            TempData["Message"] = $"已发布草案第 {version.Number} 稿{(files.Count > 0 ? $"（附件 {files.Count} 个）" : "")}，此前各稿仍可查看。";
            return Redirect(ConsultationUrls.Staff + "/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        (Error, RevisedDraft, RevisedNote) = (error?.Message, draftHtml, note);
        await LoadAsync(c, ct);
        return Page();
    }

    public Task<IActionResult> OnPostScreenAsync(int id, int commentId, bool approve, string? note, CancellationToken ct) =>
        ActAsync(id, commentId, (c, comment) => service.ScreenAsync(c, comment, new ScreenInput(approve, note), ct), approve ? "已通过，意见已公开。" : "已不予展示。", ct);

    public Task<IActionResult> OnPostAnswerAsync(int id, int commentId, string? result, string? text, int? sameAs, CancellationToken ct) =>
        ActAsync(id, commentId, (c, comment) => service.AnswerAsync(c, comment, new AnswerInput(result, text, sameAs), ct), "已答复。", ct);

    public async Task<IActionResult> OnPostReportAsync(int id, string? summary, int? resultPublicationId, CancellationToken ct)
    {
        if (await FindHandledAsync(id, ct) is not { } c)
        {
            return NotFound();
        }

        Error = (await service.PublishReportAsync(c, new ReportInput(summary, resultPublicationId), ct))?.Message;
        Message = Error is null ? "意见采纳情况已公布。" : null;
        await LoadAsync(c, ct);
        return Page();
    }

    private async Task<IActionResult> ActAsync(int id, int commentId, Func<Consultation, ConsultationComment, Task<FieldError?>> act, string done, CancellationToken ct)
    {
        if (await FindHandledAsync(id, ct) is not { } c)
        {
            return NotFound();
        }

        if (await db.Set<ConsultationComment>().FirstOrDefaultAsync(x => x.Id == commentId && x.ConsultationId == id, ct) is not { } comment)
        {
            return NotFound();
        }

        Error = (await act(c, comment))?.Message;
        Message = Error is null ? $"第 {commentId} 条意见{done}" : null;
        await LoadAsync(c, ct);
        return Page();
    }

    /// <summary>The consultation when the person is its organ's editor or reviewer; otherwise null (404,
    /// as for an unknown id, like the other staff record pages).</summary>
    private async Task<Consultation?> FindHandledAsync(int id, CancellationToken ct) =>
        await service.FindAsync(id, ct) is { } c && await access.CanHandleCommentsAsync(c.OrganizationId, ct) ? c : null;

    private async Task LoadAsync(Consultation c, CancellationToken ct)
    {
        Consultation = c;
        CanEdit = await access.CanEditAsync(c.OrganizationId, ct);
        VersionNumbers = c.Versions.ToDictionary(v => v.Id, v => v.Number);
        Files = await attachments.ByVersionAsync(c.Versions.Select(v => v.Id), ct);
        Comments = await db.Set<ConsultationComment>().AsNoTracking().Where(x => x.ConsultationId == c.Id).OrderBy(x => x.Id).Take(2000).ToListAsync(ct);
    }

    public static IEnumerable<CommentAnswerKind> AnswerKinds => Enum.GetValues<CommentAnswerKind>();
}
