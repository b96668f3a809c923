using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments.Admin;

/// <summary>/admin/normative/compilations?org=: assemble (editor) and publish (reviewer) 文件汇编.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NormativeCompilationsModel(GongkaiDbContext db, CompilationService service, PublicationAccess access, NormativeStaff staff,
    ILogger<NormativeCompilationsModel> log) : CompilationsPageModel(service, staff, log)
{
    [BindProperty(SupportsGet = true, Name = "org")]
    public int OrganizationId { get; set; }

    protected override string Scope => "";

    protected override string PageUrl => $"/admin/normative/compilations?org={OrganizationId}";

    protected override string CreatedMessage => "汇编已生成，审核人发布后公开。";

    protected override Task CreateAsync(CancellationToken ct) => Service.CreateAsync(OrganizationId, Input, ct);

    protected override async Task<IActionResult?> LoadAsync(string action, CancellationToken ct)
    {
        if (!await access.CanEditAsync(OrganizationId, ct) && !await access.CanReviewAsync(OrganizationId, ct))
        {
            await Staff.DeniedAsync(OrganizationId, action, ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        // An organ's reviewers publish its compilations.
        var canReview = await access.CanReviewAsync(OrganizationId, ct);
        Compilations = (await db.Set<Compilation>().AsNoTracking().Include(c => c.Items).Where(c => c.OrganizationId == OrganizationId && !c.DistrictWide)
            .OrderByDescending(c => c.Id).ToListAsync(ct)).Select(c => (c, canReview)).ToList();
        return null;
    }
}
