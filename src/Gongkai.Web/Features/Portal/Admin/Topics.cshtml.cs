using Gongkai.Domain.Publications;
using Gongkai.Web.Features.Portal.Topics;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Portal.Admin;

/// <summary>/admin/topics[?id=]: the district office's 专题 — list, create, edit.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TopicsModel(TopicService topics) : PageModel
{
    public List<PortalTopic> Topics { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public string? Slug { get; set; }

    [BindProperty]
    public string? TopicTitle { get; set; }

    [BindProperty]
    public string? Intro { get; set; }

    [BindProperty]
    public string? ColumnKeys { get; set; }

    [BindProperty]
    public string? SearchTerms { get; set; }

    [BindProperty]
    public bool Published { get; set; }

    [BindProperty]
    public int SortOrder { get; set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await topics.MayManageAsync(ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Topics = await topics.ListAsync(false, ct);
        if (Id is { } id && Topics.FirstOrDefault(t => t.Id == id) is { } t && Error is null)
        {
            (Slug, TopicTitle, Intro, ColumnKeys, SearchTerms, Published, SortOrder) = (t.Slug, t.Title, t.Intro, t.ColumnKeys, t.SearchTerms, t.IsPublished, t.SortOrder);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var id = await topics.SaveAsync(Id, Slug, TopicTitle, Intro, ColumnKeys, SearchTerms, Published, SortOrder, ct);
            Message = "专题已保存。";
            return Redirect($"/admin/topics?id={id}");
        }
        catch (PublicationForbiddenException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (PublicationRuleException ex)
        {
            Error = ex.Message;
            return await OnGetAsync(ct);
        }
    }
}
