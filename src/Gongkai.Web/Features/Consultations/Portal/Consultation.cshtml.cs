using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Consultations.Portal;

/// <summary>/yjzj/{id}: one consultation: the draft (any version, the current one by default), the
/// reason, questions, window and ways to respond, the comment form while open, the approved comments
/// with their answers, and the 意见采纳情况 report once published. Names and phones never appear.</summary>
[OutputCache(PolicyName = ConsultationCache.PolicyName)]
[AllowAnonymous]
[EnableRateLimiting(Shared.Network.RateLimits.PublicWrite)]
public sealed class ConsultationModel(GongkaiDbContext db, ConsultationService service, ConsultationAttachments attachments, TimeProvider clock) : PageModel
{
    /// <summary>The files of the version shown (each version keeps its own).</summary>
    public List<ConsultationAttachment> Files { get; private set; } = [];

    public Consultation Consultation { get; private set; } = null!;

    public string Organ { get; private set; } = "";

    public ConsultationVersion Version { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Anchors { get; private set; } = new Dictionary<string, string>();

    public ConsultationReport Report { get; private set; } = null!;

    public (int Id, string Title)? Result { get; private set; }

    public bool IsOpen { get; private set; }

    public bool Sent { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public CommentForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int? version, CancellationToken ct)
    {
        if (!await LoadAsync(id, version, ct))
        {
            return NotFound();
        }

        if (IsOpen && HttpContext.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            // The comment form's anti-forgery token belongs to this visitor's cookie: a stored copy
            // would hand it to others, whose comments would then be refused. Closed consultations
            // (no form) are cached.
            cache.Context.AllowCacheStorage = false;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await service.FindAsync(id, ct) is not { } found || found.OpensOn > service.Today)
        {
            return NotFound();
        }

        var (comment, _, error) = await service.CommentAsync(found, new CommentInput(Form.Text, Form.Anchor, Form.Name, Form.Phone, Form.DisplayName, Form.Version), ct);
        Error = error?.Message;
        Sent = comment is not null;
        if (Sent)
        {
            Form = new CommentForm();
        }

        await LoadAsync(id, Sent ? null : Form.Version, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, int? version, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var c = await db.Set<Consultation>().AsNoTracking().Include(x => x.Versions).FirstOrDefaultAsync(x => x.Id == id && x.OpensOn <= today, ct);
        if (c is null)
        {
            return false;
        }

        Consultation = c;
        IsOpen = c.IsOpenOn(today);
        Organ = await db.Set<Organization>().Where(o => o.Id == c.OrganizationId).Select(o => o.Name).FirstAsync(ct);
        Version = c.Versions.FirstOrDefault(v => v.Number == version) ?? c.Versions.MaxBy(v => v.Number)!;
        Anchors = ConsultationHtml.Anchors(Version.DraftHtml);
        Files = (await attachments.ByVersionAsync([Version.Id], ct)).GetValueOrDefault(Version.Id) ?? [];
        Report = await ConsultationReport.LoadAsync(db, c, ct);
        if (c.ResultPublicationId is { } pid)
        {
            var title = await db.Set<Publication>().Where(p => p.Id == pid && p.Status == PublicationStatus.Published).Select(p => p.Title).FirstOrDefaultAsync(ct);
            Result = title is null ? null : (pid, title);
        }

        return true;
    }

    public sealed class CommentForm
    {
        public int? Version { get; set; }

        public string? Anchor { get; set; }

        public string? Text { get; set; }

        public string? Name { get; set; }

        public string? Phone { get; set; }

        public string? DisplayName { get; set; }
    }
}
