using System.Globalization;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Organizations.Admin;

/// <summary>Edits one organ. The system administrator edits classification, contact and leader,
/// and deactivates or reactivates; the organ's own administrator edits contact and leader only.
/// Another organ's administrator gets 403 for reading as well as writing.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class EditModel(GongkaiDbContext db, OrganizationAdminAccess access, AuditTrail audit, TimeProvider clock) : PageModel
{
    public const string StaleMessage = "该机关信息已被他人修改。您填写的内容仍保留在下面，请核对当前内容后重新保存。";

    [BindProperty]
    public OrganizationForm Form { get; set; } = new();

    public Organization Organization { get; private set; } = null!;

    public OrganizationEditScope Scope { get; private set; }

    public string? MergedIntoName { get; private set; }

    public int MembershipCount { get; private set; }

    public bool Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, "查看", ct) is { } refused)
        {
            return refused;
        }

        Form = OrganizationForm.From(Organization);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, "修改", ct) is { } refused)
        {
            return refused;
        }

        if (Scope != OrganizationEditScope.Everything && Form.TouchesSystemFields(Organization))
        {
            await access.RecordDenialAsync(id, "机关管理员试图修改名称或类别", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        ModelState.Clear();
        if (Form.ParsedVersion != Organization.Version)
        {
            return await StaleAsync(keepForm: true, ct);
        }

        var before = OrganizationSnapshot.Of(Organization);
        if (Scope == OrganizationEditScope.Everything)
        {
            Form.ApplyClassification(Organization, ModelState, nameof(Form), (List<SupervisorChoice>)ViewData[nameof(SupervisorChoice)]!);
        }

        Form.ApplyContactAndLeader(Organization, ModelState, nameof(Form), ChinaTime.Today(clock));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (changedBefore, changedAfter) = OrganizationSnapshot.Diff(before, OrganizationSnapshot.Of(Organization));
        if (changedAfter.Count == 0)
        {
            TempData["Message"] = "没有需要保存的修改。";
            return Redirect($"/admin/organizations/{id}");
        }

        return await SaveAsync("organization.updated", changedBefore, changedAfter, "已保存。", ct);
    }

    public async Task<IActionResult> OnPostDeactivateAsync(int id, CancellationToken ct)
    {
        if (await LoadForSystemAdminAsync(id, "停用", ct) is { } refused)
        {
            return refused;
        }

        if (!Organization.IsActive)
        {
            TempData["Message"] = "该机关已是停用状态。";
            return Redirect($"/admin/organizations/{id}");
        }

        var before = OrganizationSnapshot.Of(Organization);
        Organization.IsActive = false;
        var (b, a) = OrganizationSnapshot.Diff(before, OrganizationSnapshot.Of(Organization));
        var note = MembershipCount > 0 ? $"该机关仍有 {MembershipCount} 个人员角色，未自动调整，请到“人员账户”中处理。" : "";
        return await SaveAsync("organization.deactivated", b, a, "已停用。" + note, ct);
    }

    public async Task<IActionResult> OnPostReactivateAsync(int id, CancellationToken ct)
    {
        if (await LoadForSystemAdminAsync(id, "恢复", ct) is { } refused)
        {
            return refused;
        }

        if (Organization.MergedIntoId is not null)
        {
            // Its names now belong to the organ it was merged into; two active owners would make them ambiguous.
            ModelState.AddModelError("", $"该机关已并入“{MergedIntoName}”，其名称已成为后者的曾用名，不能恢复。如确需恢复，请新增机关。");
            Form = OrganizationForm.From(Organization);
            return Page();
        }

        if (Organization.IsActive)
        {
            TempData["Message"] = "该机关已是在用状态。";
            return Redirect($"/admin/organizations/{id}");
        }

        var before = OrganizationSnapshot.Of(Organization);
        Organization.IsActive = true;
        var (b, a) = OrganizationSnapshot.Diff(before, OrganizationSnapshot.Of(Organization));
        return await SaveAsync("organization.reactivated", b, a, "已恢复。", ct);
    }

    private async Task<IActionResult> SaveAsync(string eventType, object before, object after, string message, CancellationToken ct)
    {
        // Version is a concurrency token: a save by someone else since this request loaded the organ fails here.
        Organization.Version = Guid.NewGuid();
        audit.Record(eventType, targetType: nameof(Organization), targetId: Organization.Id.ToString(CultureInfo.InvariantCulture),
            before: before, after: after, organizationId: Organization.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await StaleAsync(keepForm: eventType == "organization.updated", ct);
        }

        TempData["Message"] = message;
        return Redirect($"/admin/organizations/{Organization.Id}");
    }

    /// <summary>Redisplays what the person typed, next to a warning, with the new version so a
    /// deliberate second save goes through: nothing typed is lost, nothing saved is overwritten unseen.</summary>
    private async Task<IActionResult> StaleAsync(bool keepForm, CancellationToken ct)
    {
        Stale = true;
        ModelState.Clear();
        ModelState.AddModelError("", StaleMessage);
        db.ChangeTracker.Clear();
        Organization = await db.Set<Organization>().AsNoTracking().Include(o => o.FormerNames).SingleAsync(o => o.Id == Organization.Id, ct);
        Form = keepForm ? Form : OrganizationForm.From(Organization);
        Form.Version = Organization.Version.ToString();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<IActionResult?> LoadForSystemAdminAsync(int id, string action, CancellationToken ct)
    {
        if (await LoadAsync(id, action, ct) is { } refused)
        {
            return refused;
        }

        if (Scope != OrganizationEditScope.Everything)
        {
            await access.RecordDenialAsync(id, action, ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return null;
    }

    private async Task<IActionResult?> LoadAsync(int id, string action, CancellationToken ct)
    {
        var organization = await db.Set<Organization>().Include(o => o.FormerNames).FirstOrDefaultAsync(o => o.Id == id, ct);
        Scope = await access.ScopeAsync(id, ct);
        ViewData[nameof(SupervisorChoice)] = await OrganizationForm.SupervisorChoicesAsync(db, ct);
        if (Scope == OrganizationEditScope.None)
        {
            // 403 for an existing organ and a missing one alike, so that probing ids reveals nothing.
            await access.RecordDenialAsync(id, action, ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (organization is null)
        {
            return NotFound();
        }

        Organization = organization;
        MergedIntoName = organization.MergedIntoId is { } target
            ? await db.Set<Organization>().Where(o => o.Id == target).Select(o => o.Name).FirstOrDefaultAsync(ct)
            : null;
        MembershipCount = await access.RoleCountAsync(id, ct);
        return null;
    }
}
