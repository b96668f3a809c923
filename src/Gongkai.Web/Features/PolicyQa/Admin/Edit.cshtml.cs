using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PolicyQa.Admin;

/// <summary>/admin/policy-qa/edit?org=&amp;id=: a question, its answer and the policies it explains
/// (new without id). Only the organ's editors reach it.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PolicyQaEditModel(GongkaiDbContext db, PolicyQaService service) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "org")]
    public int OrganizationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "id")]
    public int? QuestionId { get; set; }

    [BindProperty]
    public string? Question { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    /// <summary>One policy a line: a 发文字号, or a /gfxwj/{id} or /zcjd/{id} address.</summary>
    [BindProperty(Name = "Policies")]
    public string? PolicyLines { get; set; }

    public string OrganizationName { get; private set; } = "";

    public List<string> Errors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string? policy, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        if (QuestionId is { } id)
        {
            var q = await db.Set<PolicyQuestion>().AsNoTracking().Include(x => x.Links).FirstAsync(x => x.Id == id, ct);
            (Question, Answer, PolicyLines) = (q.Question, q.Answer, PolicyQaService.LinesOf(q.Links));
        }
        else
        {
            PolicyLines = policy;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        var (id, errors) = await service.SaveAsync(OrganizationId, QuestionId, Question, Answer, PolicyLines, ct);
        if (id is null)
        {
            Errors = errors;
            return Page();
        }

        Message = "已保存并公开。";
        return Redirect($"/admin/policy-qa/edit?org={OrganizationId}&id={id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied || QuestionId is not { } id)
        {
            return Forbid();
        }

        await service.DeleteAsync(OrganizationId, id, ct);
        return Redirect("/admin/policy-qa");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == OrganizationId, ct);
        if (organ is null)
        {
            return NotFound();
        }

        if (!await service.CanEditAsync(OrganizationId, ct))
        {
            return Forbid();
        }

        if (QuestionId is { } id && !await db.Set<PolicyQuestion>().AnyAsync(q => q.Id == id && q.OrganizationId == OrganizationId, ct))
        {
            return NotFound();
        }

        OrganizationName = organ.Name;
        return null;
    }
}
