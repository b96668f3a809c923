using Gongkai.Domain.DisclosureGuides;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.DisclosureGuides.Admin;

/// <summary>/admin/guide/headings: the district office sets the five part headings of every guide
/// (default: the seed's). Others get 403.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class GuideHeadingsModel(GuideHeadingsService service) : PageModel
{
    [BindProperty]
    public List<string?> Headings { get; set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await service.CanEditAsync(ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Headings = [.. (await service.CurrentAsync(ct)).Plain];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await service.CanEditAsync(ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (Headings.Count != 5)
        {
            Errors = ["请填写全部五个部分的标题。"];
            return Page();
        }

        Errors = await service.SaveAsync(Headings, ct);
        if (Errors.Count > 0)
        {
            return Page();
        }

        Message = "指南标题已保存，各机关的指南页面和 Word 文件已使用新标题。";
        return Redirect("/admin/guide/headings");
    }

    public static IReadOnlyList<string> SeedHeadings => GuideHeadingSet.Seed.Numbered;
}
