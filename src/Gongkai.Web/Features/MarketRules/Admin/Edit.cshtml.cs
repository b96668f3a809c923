using Gongkai.Domain.MarketRules;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.MarketRules.Admin;

/// <summary>/admin/market-rules/edit?org=&amp;id=: an entry of the organ's library (new without id),
/// its original files, and its removal. Only the organ's editors reach it.</summary>
[Authorize(Policy = Policies.Staff)]
[TypeFilter(typeof(AttachmentUploadLimitFilter), Order = 900)]
public sealed class MarketRuleEditModel(GongkaiDbContext db, MarketRuleService service) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "org")]
    public int OrganizationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "id")]
    public int? RuleId { get; set; }

    [BindProperty]
    public RuleForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public string OrganizationName { get; private set; } = "";

    public List<MarketRuleAttachment> Attachments { get; private set; } = [];

    public List<string> Errors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        if (RuleId is { } id)
        {
            var r = await db.Set<MarketRule>().AsNoTracking().FirstAsync(x => x.Id == id, ct);
            Input = new RuleForm
            {
                Title = r.Title,
                Kind = r.Kind,
                IssuingAuthority = r.IssuingAuthority,
                DocumentNumber = r.DocumentNumber,
                EffectiveOn = r.EffectiveOn,
                Validity = r.Validity,
                Industry = r.Industry,
                BodyHtml = r.BodyHtml,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        var (id, errors) = await service.SaveAsync(OrganizationId, RuleId, Input.ToFields(), ct);
        if (id is null)
        {
            Errors = errors;
            return Page();
        }

        Message = "已保存并公开。";
        return Redirect($"/admin/market-rules/edit?org={OrganizationId}&id={id}");
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied || RuleId is not { } id)
        {
            return Forbid();
        }

        if (Upload is not { Length: > 0 })
        {
            Errors.Add("请选择要上传的文件。");
            return Page();
        }

        await using var stream = Upload.OpenReadStream();
        if (await service.AttachAsync(OrganizationId, id, Upload.FileName, stream, ct) is { } refused)
        {
            Errors.Add(refused);
            return Page();
        }

        Message = "附件已上传。";
        return Redirect($"/admin/market-rules/edit?org={OrganizationId}&id={id}");
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(int fileId, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied || RuleId is not { } id)
        {
            return Forbid();
        }

        await service.RemoveAttachmentAsync(OrganizationId, id, fileId, ct);
        return Redirect($"/admin/market-rules/edit?org={OrganizationId}&id={id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied || RuleId is not { } id)
        {
            return Forbid();
        }

        await service.DeleteAsync(OrganizationId, id, ct);
        Message = "已删除。";
        return Redirect("/admin/market-rules");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == OrganizationId, ct);
        if (organ is null)
        {
            return NotFound();
        }

        if (!await service.CanEditAsync(OrganizationId, ct))
        {
            return Forbid();
        }

        if (RuleId is { } id && !await db.Set<MarketRule>().AnyAsync(r => r.Id == id && r.OrganizationId == OrganizationId, ct))
        {
            return NotFound();
        }

        OrganizationName = organ.Name;
        if (RuleId is { } rid)
        {
            Attachments = await db.Set<MarketRuleAttachment>().AsNoTracking().Where(a => a.RuleId == rid).OrderBy(a => a.Id).ToListAsync(ct);
        }

        return null;
    }

    public sealed class RuleForm
    {
        public string? Title { get; set; }

        public MarketRuleKind Kind { get; set; }

        public string? IssuingAuthority { get; set; }

        public string? DocumentNumber { get; set; }

        public DateOnly? EffectiveOn { get; set; }

        public MarketRuleValidity Validity { get; set; }

        public string? Industry { get; set; }

        public string? BodyHtml { get; set; }

        public MarketRuleFields ToFields() => new()
        {
            Title = Title ?? "",
            Kind = Kind,
            IssuingAuthority = IssuingAuthority ?? "",
            DocumentNumber = DocumentNumber,
            EffectiveOn = EffectiveOn,
            Validity = Validity,
            Industry = Industry ?? "",
            BodyHtml = BodyHtml,
        };
    }
}
