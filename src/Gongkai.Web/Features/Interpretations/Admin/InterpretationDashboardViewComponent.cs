using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Interpretations.Admin;

/// <summary>The organ's interpretation dashboard on its normative staff page: documents needing an
/// interpretation assessed against the working-day rule, and the 舆情 follow-up of its published
/// interpretations (a <see cref="Shared.Slots.PageSlot.NormativeStaffOrgan"/> block; the page has
/// already checked that the person may read the organ).</summary>
public sealed class InterpretationDashboardViewComponent(InterpretationMonitor monitor, InterpretationReactions reactions) : ViewComponent
{
    public sealed record Dashboard(List<InterpretationMonitor.Row> Interpretations, List<InterpretationReactions.Summary> Reactions);

    public async Task<IViewComponentResult> InvokeAsync(int organizationId)
    {
        var ct = HttpContext.RequestAborted;
        var dashboard = new Dashboard(await monitor.AssessAsync(organizationId, ct), await reactions.DashboardAsync(organizationId, ct));
        return View("/Features/Interpretations/Admin/_InterpretationDashboard.cshtml", dashboard);
    }
}
