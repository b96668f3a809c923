using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments.Admin;

/// <summary>/admin/normative/cleanup/{id}: mark each document (editor), publish the result list (reviewer).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NormativeCleanupModel(GongkaiDbContext db, CleanupService service, PublicationAccess access, NormativeStaff staff,
    ILogger<NormativeCleanupModel> log) : NormativeActionPage(db, access, staff, log)
{
    public NormativeCleanup Cleanup { get; private set; } = null!;

    public Dictionary<int, (string Number, string Title)> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostMarkAsync(int id, Dictionary<int, CleanupDecision?> decisions, CancellationToken ct) =>
        ActAsync(id, "标注清理结果", () => service.MarkAsync(Cleanup, decisions, ct), "清理标注已保存。", ct);

    public Task<IActionResult> OnPostPublishAsync(int id, DateOnly? on, CancellationToken ct) =>
        ActAsync(id, "发布清理结果", () => service.PublishAsync(Cleanup, on, ct), "清理结果已发布。", ct);

    protected override int OrganizationId => Cleanup.OrganizationId;

    protected override string PagePath(int id) => $"/admin/normative/cleanup/{id}";

    protected override async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var c = await service.FindAsync(id, ct);
        if (c is null)
        {
            return NotFound();
        }

        Cleanup = c;
        var ids = c.Items.Select(i => i.DocumentId).ToList();
        Documents = await (from d in Db.Set<NormativeDocument>()
                           join p in Db.Set<Publication>() on d.PublicationId equals p.Id
                           where ids.Contains(d.Id)
                           select new { d.Id, d.DocumentNumber, p.Title }).ToDictionaryAsync(x => x.Id, x => (x.DocumentNumber, x.Title), ct);
        await LoadPermissionsAsync(ct);
        return null;
    }
}
