using Gongkai.Web.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Organization = Gongkai.Web.Features.Organizations.Organization;

namespace Gongkai.Web.Features.NormativeDocuments.Admin;

/// <summary>/admin/normative/district-compilations: the district office (Supervisor) assembles 文件汇编
/// across every organ's published documents; a reviewer of the district office publishes them.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NormativeDistrictCompilationsModel(GongkaiDbContext db, CompilationService service, NormativeStaff staff,
    ILogger<NormativeDistrictCompilationsModel> log) : CompilationsPageModel(service, staff, log)
{
    public List<Organization> Organs { get; private set; } = [];

    protected override string Scope => "全区";

    protected override string PageUrl => "/admin/normative/district-compilations";

    protected override string CreatedMessage => "全区汇编已生成，区政府办公室审核人员发布后公开。";

    protected override Task CreateAsync(CancellationToken ct) => Service.CreateDistrictAsync(Input, ct);

    protected override async Task<IActionResult?> LoadAsync(string action, CancellationToken ct)
    {
        if (await Service.DistrictOfficeAsync(ct) is null)
        {
            await Staff.DeniedAsync(null, action, ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Organs = await Staff.OrgansAsync(ct);
        var all = await db.Set<Compilation>().AsNoTracking().Include(c => c.Items).Where(c => c.DistrictWide).OrderByDescending(c => c.Id).ToListAsync(ct);
        Compilations = [];
        foreach (var c in all)
        {
            Compilations.Add((c, c.PublishedAt is null && await Service.CanPublishAsync(c, ct)));
        }

        return null;
    }
}
