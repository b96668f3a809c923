using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Features.Publications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.NormativeDocuments.Admin;

/// <summary>What an organ's 文件汇编 page and the district's share: listing, creating (the rule broken
/// kept on the form with its Chinese message) and publishing, each refused with an audited 403
/// naming the action. The pages differ in who may come, which compilations they list and how one
/// is created.</summary>
public abstract class CompilationsPageModel(CompilationService service, NormativeStaff staff, ILogger log) : PageModel
{
    protected CompilationService Service { get; } = service;

    protected NormativeStaff Staff { get; } = staff;

    [BindProperty]
    public CompilationInput Input { get; set; } = new();

    /// <summary>The compilations, each with whether the person may publish it now.</summary>
    public List<(Compilation Compilation, bool CanPublish)> Compilations { get; protected set; } = [];

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    /// <summary>"全区" on the district's page, empty on an organ's: part of the action names and messages.</summary>
    protected abstract string Scope { get; }

    /// <summary>The page's own address, where it returns after a change.</summary>
    protected abstract string PageUrl { get; }

    /// <summary>Said after a compilation was created.</summary>
    protected abstract string CreatedMessage { get; }

    /// <summary>Refuses (an audited 403 naming <paramref name="action"/>) or fills <see cref="Compilations"/>.</summary>
    protected abstract Task<IActionResult?> LoadAsync(string action, CancellationToken ct);

    protected abstract Task CreateAsync(CancellationToken ct);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync($"查看{Scope}文件汇编", ct) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (await LoadAsync($"新建{Scope}文件汇编", ct) is { } denied)
        {
            return denied;
        }

        try
        {
            await CreateAsync(ct);
            Message = CreatedMessage;
            return Redirect(PageUrl);
        }
        catch (NormativeRuleException ex)
        {
            log.LogInformation("{Scope}Compilation not created: {Error}", Scope, ex.Message);
            Error = ex.Message;
            return Page();
        }
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct)
    {
        var action = $"发布{Scope}文件汇编";
        if (await LoadAsync(action, ct) is { } denied)
        {
            return denied;
        }

        if (Compilations.FirstOrDefault(c => c.Compilation.Id == id).Compilation is not { } compilation)
        {
            return NotFound();
        }

        try
        {
            await Service.PublishAsync(id, ct);
        }
        catch (PublicationForbiddenException)
        {
            await Staff.DeniedAsync(compilation.OrganizationId, action, ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Message = $"{Scope}汇编已发布。";
        return Redirect(PageUrl);
    }
}
