using Gongkai.Web.Data;
using Gongkai.Web.Features.NormativeDocuments.Admin;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Interpretations.Admin;

/// <summary>/admin/interpretations/new?org=: a 政策解读 draft linked to the documents it explains;
/// reviewed and published on the item's page like any publication.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class InterpretationNewModel(GongkaiDbContext db, InterpretationService service, PublicationAccess access, NormativeStaff staff,
    TimeProvider clock, ILogger<InterpretationNewModel> log) : NewDraftModel(db, access, staff, clock, log)
{
    [BindProperty]
    public InterpretationInput Input { get; set; } = new();

    protected override string ActionName => "新建政策解读";

    protected override string SavedMessage => "政策解读草稿已保存，请在本页送审。";

    /// <summary><paramref name="numbers"/>: the documents to explain, when coming from a document's page.</summary>
    public Task<IActionResult> OnGetAsync(string? numbers, CancellationToken ct)
    {
        Input.DocumentNumbers = numbers;
        return ShowFormAsync(ct);
    }

    protected override Task<int> CreateDraftAsync(CancellationToken ct) => service.CreateAsync(OrganizationId, Item, Input, ct);
}
