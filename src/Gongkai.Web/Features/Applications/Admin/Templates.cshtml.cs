using Gongkai.Web.Data;
using Gongkai.Web.Features.Applications.Letters;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Admin;

/// <summary>System administrators edit the letter templates (placeholders in braces).</summary>
[Authorize(Policy = Policies.SystemAdmin)]
public sealed class LetterTemplatesModel(GongkaiDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    public List<ApplicationLetterTemplate> Templates { get; private set; } = [];

    [BindProperty]
    public string? Key { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Templates = await db.Set<ApplicationLetterTemplate>().AsNoTracking().OrderBy(t => t.Key).ToListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var template = await db.Set<ApplicationLetterTemplate>().FirstOrDefaultAsync(t => t.Key == Key, ct);
        if (template is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Body) || Body.Length > 20000)
        {
            Error = "模板正文不能为空，且不超过20000字。";
            await OnGetAsync(ct);
            return Page();
        }

        var before = template.Body;
        template.Body = Body.Replace("\r\n", "\n");
        template.UpdatedAt = clock.GetUtcNow();
        template.UpdatedBy = User.Identity?.Name;
        audit.Record("application.template.updated", targetType: "letterTemplate", targetId: template.Key, before: before, after: template.Body);
        await db.SaveChangesAsync(ct);
        Message = $"已保存“{template.Key}”模板。";
        return Redirect("/admin/applications/templates");
    }
}
