using Gongkai.Domain.Consultations;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Consultations.Admin;

/// <summary>/admin/consultations: the consultations of the organs the person works for, with the
/// comments awaiting screening or an answer, and the consultations whose 意见采纳情况 is late
/// (the district office, reading every organ, sees the whole district's); and the 新建征求意见 form for
/// the organs the person edits for, checked by the same service as the API.</summary>
[Authorize(Policy = Policies.Staff)]
[TypeFilter(typeof(Publications.Attachments.AttachmentUploadLimitFilter), Arguments = [ConsultationAttachments.MaxFiles], Order = 900)]
public sealed class ConsultationsIndexModel(GongkaiDbContext db, ConsultationAccess access, ConsultationService service, ConsultationStaff staff,
    ConsultationAttachments attachments, IOptions<ConsultationOptions> options, TimeProvider clock) : PageModel
{
    [BindProperty]
    public OpenForm Form { get; set; } = new();

    /// <summary>Links the form to a catalogue item (from the catalogue page's 「为此事项征求意见」).</summary>
    [BindProperty(SupportsGet = true, Name = "decision")]
    public int? DecisionId { get; set; }

    public List<Organization> Editable { get; private set; } = [];

    public List<(MajorDecision Decision, string Organ)> Decisions { get; private set; } = [];

    public string? Error { get; private set; }

    public sealed record Row(Consultation Consultation, string Organ, int Pending, int Unanswered);

    public List<Row> Rows { get; private set; } = [];

    public List<Row> Late { get; private set; } = [];

    public int ReportDays => options.Value.ReportDaysAfterClosing;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Form.OpensOn = Today;
        Form.ClosesOn = Today.AddDays(ConsultationWindow.MajorDecisionMinimumDays - 1);
        if (DecisionId is { } linked && Decisions.FirstOrDefault(d => d.Decision.Id == linked).Decision is { } decision)
        {
            (Form.OrganizationId, Form.MajorDecisionId, Form.MajorDecision) = (decision.OrganizationId, decision.Id, true);
        }
    }

    /// <summary>新建征求意见: the organ's editor only (403 otherwise, recorded); a refused window or a
    /// missing field is shown on its field and everything typed stays in the form.</summary>
    public async Task<IActionResult> OnPostOpenAsync(CancellationToken ct)
    {
        if (!await access.CanEditAsync(Form.OrganizationId, ct))
        {
            await staff.DeniedAsync(Form.OrganizationId, "新建征求意见", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        // The files are checked first, so a refused file leaves nothing published; the draft typed stays in the form.
        var (files, fileError) = attachments.Check(Request.Form.Files);
        var (consultation, error) = fileError is not null ? (null, fileError) : await service.CreateAsync(Form.OrganizationId, Form.ToInput(), ct);
        if (consultation is not null)
        {
            await attachments.AttachAsync(consultation, consultation.Versions[0], files, ct);
            TempData["Message"] = $"已发布征求意见“{consultation.Title}”（第 1 稿{(files.Count > 0 ? $"，附件 {files.Count} 个" : "")}）。";
            return Redirect(ConsultationUrls.Staff + "/" + consultation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Error = error!.Message;
        ModelState.AddModelError(ConsultationStaff.FieldOf(error) is { Length: > 0 } field ? nameof(Form) + "." + field : "", error.Message);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Editable = await staff.EditableOrgansAsync(ct);
        var editableIds = Editable.Select(o => o.Id).ToList();
        Decisions = (await db.Set<MajorDecision>().AsNoTracking().Where(d => editableIds.Contains(d.OrganizationId) && (d.Status == DecisionStatus.Drafting || d.Status == DecisionStatus.Consulting))
                .OrderByDescending(d => d.Year).ThenBy(d => d.Id).Take(500).ToListAsync(ct))
            .Select(d => (d, Editable.First(o => o.Id == d.OrganizationId).Name)).ToList();
        Today = ChinaTime.Today(clock);
        var readable = await access.ReadableOrganizationsAsync(ct);
        var query = db.Set<Consultation>().AsNoTracking().Where(c => readable == null || readable.Contains(c.OrganizationId));
        var rows = await query.OrderByDescending(c => c.Id).Take(200)
            .Join(db.Set<Organization>(), c => c.OrganizationId, o => o.Id, (c, o) => new { c, o.Name }).ToListAsync(ct);
        var late = await LateReports.Query(db, Today, ReportDays).Where(c => readable == null || readable.Contains(c.OrganizationId))
            .OrderBy(c => c.ClosesOn).Take(500)
            .Join(db.Set<Organization>(), c => c.OrganizationId, o => o.Id, (c, o) => new { c, o.Name }).ToListAsync(ct);
        var ids = rows.Select(r => r.c.Id).Concat(late.Select(r => r.c.Id)).Distinct().ToList();
        var counts = await db.Set<ConsultationComment>().Where(x => ids.Contains(x.ConsultationId))
            .GroupBy(x => x.ConsultationId)
            .Select(g => new
            {
                g.Key,
                Pending = g.Count(x => x.Screening == CommentScreening.Pending),
                Unanswered = g.Count(x => x.Screening != CommentScreening.Rejected && x.AnswerKind == null),
            })
            .ToDictionaryAsync(g => g.Key, ct);
        Row ToRow(Consultation c, string organ) => new(c, organ, counts.GetValueOrDefault(c.Id)?.Pending ?? 0, counts.GetValueOrDefault(c.Id)?.Unanswered ?? 0);
        Rows = rows.Select(r => ToRow(r.c, r.Name)).ToList();
        Late = late.Select(r => ToRow(r.c, r.Name)).ToList();
    }
}
