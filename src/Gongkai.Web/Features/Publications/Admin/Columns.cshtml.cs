using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Caching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Admin;

/// <summary>An organ's own sub-columns under 法定主动公开内容, beside the statutory ones the platform
/// sets. Keys are generated (<c>custom-N</c>) and never change, because they are in public URLs.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PublicationColumnsModel(GongkaiDbContext db, ColumnTree tree, StaffAccess staff, AuditTrail audit, PortalCache cache) : PageModel
{
    [BindProperty]
    public string? Title { get; set; }

    public string OrganizationName { get; private set; } = "";

    public int OrganizationId { get; private set; }

    public List<PublicationColumn> Columns { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int organizationId, CancellationToken ct) =>
        await LoadAsync(organizationId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int organizationId, CancellationToken ct)
    {
        if (await LoadAsync(organizationId, ct) is { } refusal)
        {
            return refusal;
        }

        var title = Title?.Trim() ?? "";
        var statutory = Columns.FirstOrDefault(c => c.Key == ColumnKeys.Statutory);
        if (statutory is null)
        {
            Error = "该机关没有政府信息公开平台（如党的机关），不能设置栏目。";
            return Page();
        }

        if (title.Length is 0 or > 50)
        {
            Error = "请填写 50 字以内的子栏目名称。";
            return Page();
        }

        if (Columns.Any(c => string.Equals(c.Title, title, StringComparison.Ordinal)))
        {
            Error = $"已有名为“{title}”的栏目。";
            return Page();
        }

        var number = Columns.Count(c => c.Key.StartsWith("custom-", StringComparison.Ordinal)) + 1;
        while (Columns.Any(c => c.Key == $"custom-{number}"))
        {
            number++;
        }

        var column = new PublicationColumn
        {
            OrganizationId = organizationId,
            ParentId = statutory.Id,
            Key = $"custom-{number}",
            Title = title,
            SortOrder = Math.Max(ColumnTree.CustomSortStart, Columns.Where(c => c.ParentId == statutory.Id).Select(c => c.SortOrder).DefaultIfEmpty(0).Max()) + 1,
        };
        db.Add(column);
        audit.Record("publication.columnAdded", targetType: "PublicationColumn", targetId: column.Key, after: new { column.Key, column.Title },
            organizationId: organizationId);
        await db.SaveChangesAsync(ct);
        await cache.PublicationChangedAsync(organizationId, ct);
        TempData["Message"] = $"已增加子栏目“{title}”。";
        return RedirectToPage(new { organizationId });
    }

    private async Task<IActionResult?> LoadAsync(int organizationId, CancellationToken ct)
    {
        var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        if (organ is null)
        {
            return NotFound();
        }

        if (!await staff.CanAdministerAsync(organizationId, ct))
        {
            return Forbid();
        }

        OrganizationName = organ.Name;
        OrganizationId = organizationId;
        Columns = await tree.EnsureAsync(organ, ct);
        return null;
    }
}
