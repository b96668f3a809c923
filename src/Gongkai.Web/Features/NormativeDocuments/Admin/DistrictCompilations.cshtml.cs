using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Organization = Gongkai.Web.Features.Organizations.Organization;
using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.NormativeDocuments.Admin;

/// <summary>/admin/normative/district-compilations: the district office (Supervisor) assembles 文件汇编
/// across every organ's published documents; a reviewer of the district office publishes them.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NormativeDistrictCompilationsModel(GongkaiDbContext db, CompilationService service, NormativeStaff staff,
    ILogger<NormativeDistrictCompilationsModel> log) : PageModel
{
    [BindProperty]
    public CompilationInput Input { get; set; } = new();

    public List<(Compilation Compilation, bool CanPublish)> Compilations { get; private set; } = [];

    public List<Organization> Organs { get; private set; } = [];

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync("查看全区文件汇编", ct) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (await LoadAsync("新建全区文件汇编", ct) is { } denied)
        {
            return denied;
        }

        try
        {
            await service.CreateDistrictAsync(Input, ct);
            Message = "全区汇编已生成，区政府办公室审核人员发布后公开。";
            return Redirect("/admin/normative/district-compilations");
        }
        catch (NormativeRuleException ex)
        {
            log.LogInformation("District compilation not created: {Error}", ex.Message);
            Error = ex.Message;
            return Page();
        }
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync("发布全区文件汇编", ct) is { } denied)
        {
            return denied;
        }

        if (!Compilations.Any(c => c.Compilation.Id == id))
        {
            return NotFound();
        }

        try
        {
            await service.PublishAsync(id, ct);
        }
        catch (PublicationForbiddenException)
        {
            await staff.DeniedAsync(Compilations.First(c => c.Compilation.Id == id).Compilation.OrganizationId, "发布全区文件汇编", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Message = "全区汇编已发布。";
        return Redirect("/admin/normative/district-compilations");
    }

    private async Task<IActionResult?> LoadAsync(string action, CancellationToken ct)
    {
        if (await service.DistrictOfficeAsync(ct) is null)
        {
            await staff.DeniedAsync(null, action, ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Organs = await staff.OrgansAsync(ct);
        var all = await db.Set<Compilation>().AsNoTracking().Include(c => c.Items).Where(c => c.DistrictWide).OrderByDescending(c => c.Id).ToListAsync(ct);
        Compilations = [];
        foreach (var c in all)
        {
            Compilations.Add((c, c.PublishedAt is null && await service.CanPublishAsync(c, ct)));
        }

        return null;
    }
}
