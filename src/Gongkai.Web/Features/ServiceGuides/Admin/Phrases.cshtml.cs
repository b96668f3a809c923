using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.ServiceGuides.Admin;

/// <summary>/admin/service-guides/phrases: the system administrator keeps the list of vague phrases
/// that block a guide's submission. Invalid input changes nothing; every save is audited.</summary>
[Authorize(Policy = Policies.SystemAdmin)]
public sealed class ServiceGuidePhrasesModel(ServiceGuideService service) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Text = string.Join("\n", (await service.PhrasesAsync(ct)).Lines);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Errors = await service.SavePhrasesAsync(Text, ct);
        if (Errors.Count > 0)
        {
            return Page();
        }

        Message = "词表已保存，之后提交和审核的办事指南按新词表检查。";
        return Redirect(ServiceGuideUrls.Phrases);
    }
}
