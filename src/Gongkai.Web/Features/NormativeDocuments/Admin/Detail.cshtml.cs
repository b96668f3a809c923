using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments.Admin;

/// <summary>/admin/normative/{id}: the document's own fields (editor), lifecycle acts (reviewer) and
/// relations (editor). Title, text, files and review are on the publication's page.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NormativeDetailModel(GongkaiDbContext db, NormativeService service, PublicationAccess access, NormativeStaff staff,
    TimeProvider clock, ILogger<NormativeDetailModel> log) : NormativeActionPage(db, access, staff, log)
{
    public NormativeDocument Document { get; private set; } = null!;

    public Publication Publication { get; private set; } = null!;

    public ValidityState State { get; private set; } = null!;

    [BindProperty]
    public NormativeInput Input { get; set; } = new();

    public List<(string Label, string Number, int Id)> Relations { get; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing)
        {
            return missing;
        }

        Input = NormativeInput.From(Document);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct) =>
        ActAsync(id, "修改规范性文件", () => service.UpdateAsync(Document, Input, ct), "已保存。", ct);

    public Task<IActionResult> OnPostChangeAsync(int id, NormativeValidity to, DateOnly? on, string? cause, string? note, CancellationToken ct) =>
        ActAsync(id, "变更规范性文件有效性", () => on is { } day
            ? service.ChangeValidityAsync(Document, to, day, cause, note, ct)
            : throw new NormativeRuleException("请填写生效日期。"), "有效性变更已记录。", ct);

    public Task<IActionResult> OnPostRelateAsync(int id, RelationKind kind, string? other, CancellationToken ct) =>
        ActAsync(id, "添加规范性文件关联", () => service.AddRelationAsync(Document, kind, other, ct), "关联已添加。", ct);

    protected override int OrganizationId => Document.OrganizationId;

    protected override string PagePath(int id) => $"/admin/normative/{id}";

    protected override async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var d = await service.FindAsync(id, ct);
        if (d is null)
        {
            return NotFound();
        }

        Document = d;
        Publication = await Db.Set<Publication>().AsNoTracking().FirstAsync(p => p.Id == d.PublicationId, ct);
        State = d.StateOn(ChinaTime.Today(clock));
        await LoadPermissionsAsync(ct);
        var rels = await Db.Set<NormativeRelation>().AsNoTracking().Where(r => r.FromDocumentId == id || r.ToDocumentId == id).ToListAsync(ct);
        var otherIds = rels.Select(r => r.FromDocumentId == id ? r.ToDocumentId : r.FromDocumentId).ToList();
        var numbers = await Db.Set<NormativeDocument>().Where(x => otherIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.DocumentNumber, ct);
        Relations.Clear();
        foreach (var r in rels)
        {
            var forward = r.FromDocumentId == id;
            var other = forward ? r.ToDocumentId : r.FromDocumentId;
            Relations.Add((NormativeLabels.Of(r.Kind, forward), numbers[other], other));
        }

        return null;
    }
}
