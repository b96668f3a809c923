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

/// <summary>新增机关: system administrators only.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CreateModel(GongkaiDbContext db, OrganizationDirectory directory, AuditTrail audit, OrganizationAdminAccess access, TimeProvider clock) : SystemAdminOrganizationPage(access)
{
    protected override string ActionName => "新增";

    [BindProperty]
    public OrganizationForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData[nameof(SupervisorChoice)] = await OrganizationForm.SupervisorChoicesAsync(db, ct);
        var last = await db.Set<Organization>().MaxAsync(o => (int?)o.SortOrder, ct) ?? 0;
        Form = new OrganizationForm { Kind = nameof(OrganizationKind.Department), SortOrder = (last + 10).ToString(CultureInfo.InvariantCulture) };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var departments = await OrganizationForm.SupervisorChoicesAsync(db, ct);
        ViewData[nameof(SupervisorChoice)] = departments;
        var organization = new Organization { Name = OrganizationNames.Clean(Form.Name), ShortName = OrganizationNames.Clean(Form.ShortName) };
        await OrganizationNameRules.CheckAsync(directory, organization.Name, organization.ShortName, null, ModelState, nameof(Form), ct);
        if (string.IsNullOrWhiteSpace(Form.SortOrder))
        {
            organization.SortOrder = (await db.Set<Organization>().MaxAsync(o => (int?)o.SortOrder, ct) ?? 0) + 10;
        }

        Form.ApplyClassification(organization, ModelState, nameof(Form), departments);
        Form.ApplyContactAndLeader(organization, ModelState, nameof(Form), ChinaTime.Today(clock));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The id exists only after the insert and the audit entry names it: two saves, one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(organization);
        await db.SaveChangesAsync(ct);
        var after = OrganizationSnapshot.Of(organization).Where(p => !string.IsNullOrEmpty(p.Value)).ToDictionary();
        audit.Record("organization.created", targetType: nameof(Organization), targetId: organization.Id.ToString(CultureInfo.InvariantCulture),
            after: after, organizationId: organization.Id);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData["Message"] = $"已新增机关“{organization.Name}”。";
        return Redirect($"/admin/organizations/{organization.Id}");
    }
}
