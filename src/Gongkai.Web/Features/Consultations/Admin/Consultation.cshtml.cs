using Gongkai.Domain.Consultations;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Consultations.Admin;

/// <summary>/admin/consultations/{id}: every comment received, with the writer's name and phone and
/// what the personal-data check found; the organ approves or rejects each for publication, answers it
/// (or answers it like a similar one), and publishes the 意见采纳情况 once all are answered.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ConsultationAdminModel(GongkaiDbContext db, ConsultationAccess access, ConsultationService service) : PageModel
{
    public Consultation Consultation { get; private set; } = null!;

    public List<ConsultationComment> Comments { get; private set; } = [];

    public Dictionary<int, int> VersionNumbers { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostScreenAsync(int id, int commentId, bool approve, string? note, CancellationToken ct) =>
        ActAsync(id, commentId, (c, comment) => service.ScreenAsync(c, comment, new ScreenInput(approve, note), ct), approve ? "已通过，意见已公开。" : "已不予展示。", ct);

    public Task<IActionResult> OnPostAnswerAsync(int id, int commentId, string? result, string? text, int? sameAs, CancellationToken ct) =>
        ActAsync(id, commentId, (c, comment) => service.AnswerAsync(c, comment, new AnswerInput(result, text, sameAs), ct), "已答复。", ct);

    public async Task<IActionResult> OnPostReportAsync(int id, string? summary, int? resultPublicationId, CancellationToken ct)
    {
        if (await service.FindAsync(id, ct) is not { } c || !await access.CanHandleCommentsAsync(c.OrganizationId, ct))
        {
            return NotFound();
        }

        Error = await service.PublishReportAsync(c, new ReportInput(summary, resultPublicationId), ct);
        Message = Error is null ? "意见采纳情况已公布。" : null;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<IActionResult> ActAsync(int id, int commentId, Func<Consultation, ConsultationComment, Task<string?>> act, string done, CancellationToken ct)
    {
        if (await service.FindAsync(id, ct) is not { } c || !await access.CanHandleCommentsAsync(c.OrganizationId, ct))
        {
            return NotFound();
        }

        if (await db.Set<ConsultationComment>().FirstOrDefaultAsync(x => x.Id == commentId && x.ConsultationId == id, ct) is not { } comment)
        {
            return NotFound();
        }

        Error = await act(c, comment);
        Message = Error is null ? $"第 {commentId} 条意见{done}" : null;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().AsNoTracking().Include(x => x.Versions).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !await access.CanHandleCommentsAsync(c.OrganizationId, ct))
        {
            return false;
        }

        Consultation = c;
        VersionNumbers = c.Versions.ToDictionary(v => v.Id, v => v.Number);
        Comments = await db.Set<ConsultationComment>().AsNoTracking().Where(x => x.ConsultationId == id).OrderBy(x => x.Id).Take(2000).ToListAsync(ct);
        return true;
    }

    public static IEnumerable<CommentAnswerKind> AnswerKinds => Enum.GetValues<CommentAnswerKind>();
}
