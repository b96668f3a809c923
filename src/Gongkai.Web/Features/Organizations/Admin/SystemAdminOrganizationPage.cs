using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Organizations.Admin;

/// <summary>Organisation pages for system administrators only (create, rename, merge). Checked here
/// rather than by policy so that everyone else gets the same audited 403 as on another organ's edit
/// page, naming the action they tried.</summary>
public abstract class SystemAdminOrganizationPage(OrganizationAdminAccess access) : PageModel
{
    protected OrganizationAdminAccess Access { get; } = access;

    /// <summary>The action in the audit entry of a refusal, e.g. 更名.</summary>
    protected abstract string ActionName { get; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!Access.CanManageAll)
        {
            int? id = int.TryParse(context.RouteData.Values["id"]?.ToString(), out var value) ? value : null;
            await Access.RecordDenialAsync(id, ActionName, HttpContext.RequestAborted);
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }

        await next();
    }
}
