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

/// <summary>更名: the old full name and short name become former names, because task tables and
/// old documents keep using them and must still find the organ.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RenameModel(GongkaiDbContext db, OrganizationDirectory directory, AuditTrail audit, TimeProvider clock, OrganizationAdminAccess access) : SystemAdminOrganizationPage(access)
{
    protected override string ActionName => "更名";

    [BindProperty]
    public OrganizationForm Form { get; set; } = new();

    public Organization Organization { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await directory.FindAsync(id, ct) is not { } organization)
        {
            return NotFound();
        }

        Organization = organization;
        Form = new OrganizationForm { Name = organization.Name, ShortName = organization.ShortName, Version = organization.Version.ToString() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await directory.FindAsync(id, ct) is not { } organization)
        {
            return NotFound();
        }

        Organization = organization;
        ModelState.Clear();
        if (Form.ParsedVersion != organization.Version)
        {
            return Stale();
        }

        var name = OrganizationNames.Clean(Form.Name);
        var shortName = OrganizationNames.Clean(Form.ShortName);
        await OrganizationNameRules.CheckAsync(directory, name, shortName, id, ModelState, nameof(Form), ct);
        if (ModelState.IsValid && name == organization.Name && shortName == organization.ShortName)
        {
            ModelState.AddModelError("", "新名称与现名称相同，无需更名。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = OrganizationSnapshot.Of(organization);
        var now = clock.GetUtcNow();
        foreach (var old in new[] { organization.Name, organization.ShortName }.Distinct())
        {
            if (old != name && old != shortName && organization.FormerNames.All(f => OrganizationNames.Key(f.Name) != OrganizationNames.Key(old)))
            {
                organization.FormerNames.Add(new OrganizationFormerName { Name = old, RecordedAt = now });
            }
        }

        // Renaming back to a former name: it is the current name again, not a former one.
        organization.FormerNames.RemoveAll(f => OrganizationNames.Key(f.Name) == OrganizationNames.Key(name)
            || OrganizationNames.Key(f.Name) == OrganizationNames.Key(shortName));
        organization.Name = name;
        organization.ShortName = shortName;
        organization.Version = Guid.NewGuid();
        var (b, a) = OrganizationSnapshot.Diff(before, OrganizationSnapshot.Of(organization));
        audit.Record("organization.renamed", targetType: nameof(Organization), targetId: id.ToString(CultureInfo.InvariantCulture),
            before: b, after: a, organizationId: id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Organization = (await directory.FindAsync(id, ct))!;
            return Stale();
        }

        TempData["Message"] = "已更名，原名称已记为曾用名。";
        return Redirect($"/admin/organizations/{id}");
    }

    /// <summary>Keeps what was typed, shows the current names, and takes the new version so a deliberate retry succeeds.</summary>
    private PageResult Stale()
    {
        ModelState.Clear();
        ModelState.AddModelError("", EditModel.StaleMessage);
        Form.Version = Organization.Version.ToString();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
