using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.NormativeDocuments.Admin;

/// <summary>A staff page about one record of the library (a document, a clean-up) whose acts all end
/// the same way: done → back to the page with a message; not allowed → 403 and a denial in the audit
/// log; refused by a rule → the page again with the Chinese reason, nothing of the act saved.</summary>
public abstract class NormativeActionPage(GongkaiDbContext db, PublicationAccess access, NormativeStaff staff, ILogger log) : PageModel
{
    protected GongkaiDbContext Db { get; } = db;

    public bool CanEdit { get; private set; }

    public bool CanReview { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    /// <summary>Loads the record into the page; a result (404) when there is none.</summary>
    protected abstract Task<IActionResult?> LoadAsync(int id, CancellationToken ct);

    /// <summary>The organ the loaded record belongs to.</summary>
    protected abstract int OrganizationId { get; }

    protected abstract string PagePath(int id);

    protected async Task LoadPermissionsAsync(CancellationToken ct)
    {
        CanEdit = await access.CanEditAsync(OrganizationId, ct);
        CanReview = await access.CanReviewAsync(OrganizationId, ct);
    }

    protected async Task<IActionResult> ActAsync(int id, string action, Func<Task> act, string done, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing)
        {
            return missing;
        }

        try
        {
            await act();
            Message = done;
            return Redirect(PagePath(id));
        }
        catch (PublicationForbiddenException)
        {
            await staff.DeniedAsync(OrganizationId, action, ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (NormativeRuleException ex)
        {
            log.LogInformation("{Page} {Id}: {Action} refused: {Error}", GetType().Name, id, action, ex.Message);
            Error = ex.Message;
            Db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Page();
        }
    }
}
