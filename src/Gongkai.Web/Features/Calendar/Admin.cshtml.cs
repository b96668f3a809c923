using System.Text;
using Gongkai.Domain.Calendar;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Calendar;

/// <summary>Where a platform administrator adds a new year's schedule when the State Council
/// publishes it (usually in November), or corrects one. Each save replaces the whole year at once,
/// is audit-logged, and invalid input changes nothing.</summary>
[Authorize(Policy = Policies.SystemAdmin)]
public sealed class CalendarAdminModel(CalendarStore store, CalendarProvider provider) : PageModel
{
    public const int MaxUploadBytes = 100 * 1024;

    private static readonly string[] TextExtensions = [".txt", ".csv"];

    public List<CalendarYear> StoredYears { get; private set; } = [];

    /// <summary>The year being viewed or edited; null shows only the list.</summary>
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? EditYear { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public bool IsNewYear { get; private set; }

    public List<string> Errors { get; } = [];

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (EditYear is { } year)
        {
            var schedule = (await provider.GetAsync(ct)).Schedule(year);
            IsNewYear = StoredYears.All(y => y.Year != year);
            Text = schedule is not null
                ? ScheduleText.Format(schedule)
                : $"# {year}年：每行一条，如\n# {year}-01-01,off,元旦\n# {year}-02-10..{year}-02-17,off,春节\n# {year}-02-07,work,春节调休上班\n";
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct) =>
        await SaveAsync(Text ?? string.Empty, "管理员录入", ct);

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Errors.Add("请选择要导入的文件（.txt 或 .csv，UTF-8 编码）。");
        }
        else if (Upload.Length > MaxUploadBytes)
        {
            Errors.Add($"文件过大（{Upload.Length / 1024} KB），最大 100 KB。");
        }
        else if (!TextExtensions.Contains(Path.GetExtension(Upload.FileName).ToLowerInvariant()))
        {
            Errors.Add("只能导入 .txt 或 .csv 文本文件。");
        }

        string? text = null;
        if (Errors.Count == 0)
        {
            text = await ReadTextAsync(Upload!, ct);
            if (text is null)
            {
                Errors.Add("文件不是 UTF-8 编码的文本文件，请另存为 UTF-8 文本后再导入。");
            }
        }

        if (Errors.Count > 0)
        {
            await LoadAsync(ct);
            return Page();
        }

        var name = Path.GetFileName(Upload!.FileName);
        return await SaveAsync(text!, $"文件导入：{(name.Length > 100 ? name[..100] : name)}", ct);
    }

    private async Task<IActionResult> SaveAsync(string text, string source, CancellationToken ct)
    {
        if (EditYear is not { } year)
        {
            Errors.Add("请填写年份。");
        }
        else
        {
            var result = ScheduleText.Parse(year, text);
            if (result.IsValid)
            {
                await store.SaveAsync(result.Schedule!, source, User.Identity?.Name, ct);
                Saved = $"已保存{year}年节假日安排：放假{result.Schedule!.Days.Count(d => d.Kind == ScheduledDayKind.Off)}天，调休上班{result.Schedule.Days.Count(d => d.Kind == ScheduledDayKind.Work)}天。";
                return RedirectToPage(new { year });
            }

            Errors.AddRange(result.Errors);
        }

        // Nothing was saved: show the input again with the reasons, so the person can fix it.
        Text = text;
        await LoadAsync(ct);
        IsNewYear = StoredYears.All(y => y.Year != EditYear);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => StoredYears = await store.YearsAsync(ct);

    /// <summary>The file as text, or null when it is not valid UTF-8 text (binary files contain
    /// NUL bytes or invalid sequences).</summary>
    private static async Task<string?> ReadTextAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            return text.Contains('\0', StringComparison.Ordinal) ? null : text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
