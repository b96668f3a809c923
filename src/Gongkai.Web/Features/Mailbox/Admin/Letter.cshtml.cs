using Gongkai.Domain.Calendar;
using Gongkai.Domain.Mailbox;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Mailbox.Admin;

/// <summary>One letter for staff: the writer's data (the view is audited), the clock with its
/// explanation, the history, and the forms for the next steps. Before publishing, the reviewer sees
/// the masked texts and the list of what masking changed.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MailboxLetterModel(MailboxService service, GongkaiDbContext db) : PageModel
{
    public MailboxLetter Letter { get; private set; } = null!;

    public LetterClockResult? Clock { get; private set; }

    public (string? Name, string? Phone, string? Email) Writer { get; private set; }

    public LetterMasking.Result? Preview { get; private set; }

    public List<LetterAttachment> Files { get; private set; } = [];

    public List<(int Id, string Name)> Organs { get; private set; } = [];

    public Dictionary<int, string> OrganNames { get; private set; } = [];

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    [BindProperty]
    public LetterEventInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, bool preview, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (preview && Letter.PublishConsent && Letter.Stage == LetterStage.Replied)
        {
            Preview = await service.MaskAsync(Letter, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var letter = await service.FindForStaffAsync(id, ct);
        if (letter is null)
        {
            return NotFound();
        }

        try
        {
            await service.AddEventAsync(letter, Input, ct);
            Done = "已记录：" + (LetterEventTypes.Parse(Input.Type) is { } t ? LetterEventTypes.Name(t) : Input.Type) + "。";
        }
        catch (Exception e) when (e is LetterRuleException or LetterForbiddenException or CalendarYearNotLoadedException)
        {
            Error = e.Message;
        }
        catch (DbUpdateConcurrencyException)
        {
            Error = "该来信刚被他人更新，请刷新后重试。";
        }

        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var letter = await service.FindForStaffAsync(id, ct);
        if (letter is null)
        {
            return false;
        }

        Letter = letter;
        Clock = await service.ClockAsync(letter, ct);
        Writer = await service.RevealAsync(letter, "staff page", ct);
        Files = await service.AttachmentsAsync(id, ct);
        var office = await service.DistrictOfficeAsync(ct);
        Organs = (await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && o.Kind != OrganizationKind.Party && o.Id != office)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList();
        OrganNames = Organs.ToDictionary(o => o.Id, o => o.Name);
        return true;
    }
}
