using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments.Admin;

/// <summary>/admin/normative/new?org=: a normative document's draft, publication fields and its own;
/// saved as a draft in 第二十条第（一）项 and then taken through review on the item's page.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NormativeNewModel(GongkaiDbContext db, NormativeService service, PublicationAccess access, NormativeStaff staff,
    TimeProvider clock, ILogger<NormativeNewModel> log) : NewDraftModel(db, access, staff, clock, log)
{
    [BindProperty]
    public NormativeInput Input { get; set; } = new();

    protected override string ActionName => "新建规范性文件";

    protected override string SavedMessage => "规范性文件草稿已保存，请在本页送审。";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowFormAsync(ct);

    protected override async Task<int> CreateDraftAsync(CancellationToken ct)
    {
        var id = await service.CreateAsync(OrganizationId, Item, Input, ct);
        return await Db.Set<NormativeDocument>().Where(d => d.Id == id).Select(d => d.PublicationId).FirstAsync(ct);
    }
}
