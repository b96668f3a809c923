using Gongkai.Domain.Applications;
using Gongkai.Domain.Calendar;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Admin;

/// <summary>One case: the applicant (personal data shown to case handlers and supervisors, each
/// view audited), the due date with how it was computed, the events, and the event form.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ApplicationCaseModel(ApplicationAccess access, ApplicationEvents events, ApplicationClock caseClock, ApplicationOrganizations organizations,
    Letters.LetterService letters, ProactiveDisclosure proactive, Attachments.ApplicationAttachments attachments, ILogger<ApplicationCaseModel> log) : PageModel
{
    public DisclosureApplication Application { get; private set; } = null!;

    public CaseClockResult? Clock { get; private set; }

    public ApplicantDetails Applicant { get; private set; } = null!;

    public bool MayAct { get; private set; }

    public DateOnly Today { get; private set; }

    public string? OrganizationName { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    [BindProperty]
    public ApplicationEventInput Event { get; set; } = new();

    [BindProperty]
    public Letters.LetterInput Letter { get; set; } = new();

    public List<Letters.ApplicationLetter> IssuedLetters { get; private set; } = [];

    public List<Attachments.ApplicationAttachment> Attachments { get; private set; } = [];

    public async Task<IActionResult> OnPostLetterAsync(int id, CancellationToken ct)
    {
        var application = await access.FindForStaffAsync(id, ct);
        if (application is null)
        {
            return NotFound();
        }

        try
        {
            var letter = await letters.IssueAsync(application, Letter, ct);
            Message = $"已生成{letter.Title}（{letter.DocumentNumber}），已随案归档。";
            return Redirect($"/admin/applications/{id}");
        }
        catch (Exception e) when (e is ApplicationRuleException or ApplicationForbiddenException)
        {
            Error = e.Message;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    /// <summary>转为主动公开 (Art. 44): opens, or finds, the case's draft publication and goes to its edit page.</summary>
    public async Task<IActionResult> OnPostProactiveAsync(int id, CancellationToken ct)
    {
        var application = await access.FindForStaffAsync(id, ct);
        if (application is null)
        {
            return NotFound();
        }

        try
        {
            var publicationId = await proactive.OpenDraftAsync(application, ct);
            return Redirect($"/admin/publications/edit/{publicationId}");
        }
        catch (Exception e) when (e is ApplicationRuleException or ApplicationForbiddenException or DbUpdateConcurrencyException)
        {
            log.LogInformation("Proactive disclosure refused on application {Id}: {Message}", id, e.Message);
            Error = e is DbUpdateConcurrencyException ? "该申请刚被他人更新，请刷新后重试。" : e.Message;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostEventAsync(int id, CancellationToken ct)
    {
        var application = await access.FindForStaffAsync(id, ct);
        if (application is null)
        {
            return NotFound();
        }

        try
        {
            await events.AddAsync(application, Event, ct);
            Message = "已登记：" + (ApplicationEventTypes.Parse(Event.Type) is { } t ? ApplicationEventTypes.Name(t) : Event.Type) + "。";
            return Redirect($"/admin/applications/{id}");
        }
        catch (Exception e) when (e is ApplicationRuleException or ApplicationForbiddenException or CalendarYearNotLoadedException or DbUpdateConcurrencyException)
        {
            log.LogInformation("Event refused on application {Id}: {Message}", id, e.Message);
            Error = e is DbUpdateConcurrencyException ? "该申请刚被他人更新，请刷新后重试。" : e.Message;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var application = await access.FindForStaffAsync(id, ct);
        if (application is null)
        {
            return false;
        }

        Application = application;
        Today = caseClock.Today;
        try
        {
            Clock = await caseClock.ClockAsync(application, ct);
        }
        catch (ApplicationRuleException e)
        {
            Error ??= "按当前工作日历重新计算时发现问题：" + e.Message;
        }

        MayAct = await access.MayActAsync(application.OrganizationId, ct);
        Applicant = await access.RevealAsync(application, "case page", ct);
        OrganizationName = await organizations.NameAsync(application.OrganizationId, ct);
        IssuedLetters = await letters.ForCaseAsync(id, ct);
        Attachments = await attachments.ListAsync(id, ct);
        return true;
    }
}
