using System.Globalization;
using Gongkai.Domain.Organizations;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Organizations.Admin;

/// <summary>合并: organ A is merged into organ B. A is deactivated and points to B; A's names
/// become B's former names so old documents find B. Staff roles in A are not moved: who keeps
/// which role after a reorganisation is a decision for a person, so the page says so instead.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MergeModel(GongkaiDbContext db, OrganizationDirectory directory, AuditTrail audit, TimeProvider clock, OrganizationAdminAccess access) : SystemAdminOrganizationPage(access)
{
    protected override string ActionName => "合并";

    [BindProperty]
    public string? Target { get; set; }

    [BindProperty]
    public string? Version { get; set; }

    public Organization Organization { get; private set; } = null!;

    public IReadOnlyList<Organization> Targets { get; private set; } = [];

    public int MembershipCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }

        Version = Organization.Version.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }

        ModelState.Clear();
        if (!Guid.TryParse(Version, out var version) || version != Organization.Version)
        {
            ModelState.AddModelError("", EditModel.StaleMessage);
            Version = Organization.Version.ToString();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        // Accepts an id or any name, so the same rules apply as everywhere an organ is named.
        var match = await directory.ResolveAsync(Target, ct);
        var target = match.Found ? await directory.FindAsync(match.Id!.Value, ct) : null;
        if (target is null)
        {
            ModelState.AddModelError(nameof(Target), match.Error ?? "请选择要并入的机关。");
        }
        else if (target.Id == id)
        {
            ModelState.AddModelError(nameof(Target), "不能将机关并入其自身。");
        }
        else if (!target.IsActive)
        {
            ModelState.AddModelError(nameof(Target), $"“{target.Name}”已停用，不能并入已停用的机关。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var source = Organization;
        var sourceBefore = OrganizationSnapshot.Of(source);
        var targetBefore = OrganizationSnapshot.Of(target!);
        var now = clock.GetUtcNow();
        var keys = new HashSet<string>(new[] { target!.Name, target.ShortName }.Concat(target.FormerNames.Select(f => f.Name)).Select(OrganizationNames.Key));
        foreach (var name in new[] { source.Name, source.ShortName }.Concat(source.FormerNames.Select(f => f.Name)))
        {
            if (keys.Add(OrganizationNames.Key(name)))
            {
                target.FormerNames.Add(new OrganizationFormerName { Name = name, RecordedAt = now });
            }
        }

        source.IsActive = false;
        source.MergedIntoId = target.Id;
        source.Version = Guid.NewGuid();
        target.Version = Guid.NewGuid();
        var (sb, sa) = OrganizationSnapshot.Diff(sourceBefore, OrganizationSnapshot.Of(source));
        var (tb, ta) = OrganizationSnapshot.Diff(targetBefore, OrganizationSnapshot.Of(target));
        var detail = $"“{source.Name}”并入“{target.Name}”；{MembershipCount} 个人员角色未转移";
        audit.Record("organization.merged", targetType: nameof(Organization), targetId: id.ToString(CultureInfo.InvariantCulture),
            before: sb, after: sa, detail: detail, organizationId: id);
        audit.Record("organization.mergedInto", targetType: nameof(Organization), targetId: target.Id.ToString(CultureInfo.InvariantCulture),
            before: tb, after: ta, detail: detail, organizationId: target.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            ModelState.AddModelError("", EditModel.StaleMessage);
            Version = Organization.Version.ToString();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        TempData["Message"] = $"已将“{source.Name}”并入“{target.Name}”，原名称已记为“{target.Name}”的曾用名。"
            + (MembershipCount > 0 ? $"“{source.Name}”的 {MembershipCount} 个人员角色未自动转移，请到“人员账户”中逐一调整。" : "");
        return Redirect($"/admin/organizations/{target.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        if (await directory.FindAsync(id, ct) is not { } organization)
        {
            return NotFound();
        }

        Organization = organization;
        if (!organization.IsActive)
        {
            TempData["Message"] = "该机关已停用或已合并，不能再并入其他机关。";
            return Redirect($"/admin/organizations/{id}");
        }

        Targets = await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && o.Id != id).OrderBy(o => o.SortOrder).ToListAsync(ct);
        MembershipCount = await Access.RoleCountAsync(id, ct);
        return null;
    }
}
