using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Domain.Applications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>Fills a template with the case's facts, writes the Word file, numbers it
/// (“{简称}依申〔年〕序号号”, per organ and year) and archives it with the case.</summary>
public sealed partial class LetterService(GongkaiDbContext db, ApplicationAccess access, ApplicationClock caseClock, AuditTrail audit, TimeProvider clock, ILogger<LetterService> log)
{
    private const int MaxNumberAttempts = 5;

    public static IReadOnlyDictionary<string, string> Kinds { get; } = new Dictionary<string, string>
    {
        ["correction"] = "补正告知书",
        ["extension"] = "延长答复期限告知书",
        ["thirdParty"] = "征求第三方意见书",
        ["fee"] = "收费通知书",
        ["reply"] = "答复书（按答复结果）",
    };

    public async Task<ApplicationLetter> IssueAsync(DisclosureApplication a, LetterInput input, CancellationToken ct)
    {
        if (!await access.MayActAsync(a.OrganizationId, ct))
        {
            throw new ApplicationForbiddenException("只有本机关的依申请公开经办人可以出具文书。");
        }

        var clockResult = await caseClock.ClockAsync(a, ct)
            ?? throw new ApplicationRuleException("网上申请尚未确认收到，不能出具文书。");
        var kind = input.Kind?.Trim() ?? "";
        var outcome = ApplicationOutcomes.Find(a.Outcome);
        var key = kind switch
        {
            "reply" when outcome is null => throw new ApplicationRuleException("请先登记答复结果，再出具答复书。"),
            "reply" => LetterDefaults.ReplyKey(outcome!),
            "correction" when clockResult.CorrectUntil is null => throw new ApplicationRuleException("请先登记告知补正（含补正期限），再出具补正告知书。"),
            "extension" when clockResult.ExtensionWorkingDays is null => throw new ApplicationRuleException("请先登记延长答复期限，再出具延期告知书。"),
            "fee" when clockResult.FeeNoticeOn is null => throw new ApplicationRuleException("请先登记发出收费通知，再出具收费通知书。"),
            "correction" or "extension" or "thirdParty" or "fee" => kind,
            _ => throw new ApplicationRuleException("文书类型应为 correction、extension、thirdParty、fee 或 reply。"),
        };
        var template = await db.Set<ApplicationLetterTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Key == key, ct)
            ?? throw new ApplicationRuleException("未找到该类文书的模板，请系统管理员检查文书模板。");
        var organ = await db.Set<Organization>().AsNoTracking().FirstAsync(o => o.Id == a.OrganizationId, ct);
        var today = ChinaTime.Today(clock);
        var extensionEvent = a.Events.FirstOrDefault(e => e.Type == ApplicationEventType.ExtensionApproved);
        var values = new Dictionary<string, string>
        {
            ["申请人"] = a.ApplicantName,
            ["查询码"] = a.TrackingCode,
            ["收到日期"] = Date(a.ReceivedOn),
            ["信息名称"] = a.InformationTitle,
            ["文号"] = a.DocumentNumber ?? "",
            ["机关"] = organ.Name,
            ["日期"] = Date(today),
            ["补正期限"] = Date(clockResult.CorrectUntil),
            ["延长天数"] = clockResult.ExtensionWorkingDays?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["延期理由"] = Blank(input.Reason ?? extensionEvent?.Note, "所需信息需要进一步检索、核实"),
            ["答复期限"] = Date(clockResult.DueOn),
            ["缴费期限"] = Date(clockResult.FeePayBy),
            ["金额"] = (input.Amount ?? a.Events.Where(e => e.Type == ApplicationEventType.FeeNoticeSent).OrderBy(e => e.On).ThenBy(e => e.Id).LastOrDefault()?.Amount) is { } amount
                ? amount.ToString("0.##", CultureInfo.InvariantCulture) : "____",
            ["第三方"] = Blank(input.ThirdParty, "____"),
            ["答复结果"] = outcome?.Name ?? "",
            ["条款"] = outcome?.Article ?? "",
            ["理由"] = input.Reason?.Trim() ?? "",
        };
        var body = Placeholder().Replace(template.Body, m => values.GetValueOrDefault(m.Groups[1].Value, m.Value));
        var year = today.Year;
        for (var attempt = 1; ; attempt++)
        {
            var serial = (await db.Set<ApplicationLetter>().Where(l => l.OrganizationId == a.OrganizationId && l.Year == year).MaxAsync(l => (int?)l.Serial, ct) ?? 0) + 1;
            var number = $"{organ.ShortName}依申〔{year}〕{serial}号";
            var entry = audit.Record("application.letter", targetType: "application", targetId: a.Id.ToString(CultureInfo.InvariantCulture),
                after: new { key, number }, organizationId: a.OrganizationId);
            var letter = new ApplicationLetter
            {
                ApplicationId = a.Id,
                OrganizationId = a.OrganizationId,
                Kind = key,
                Title = template.Title,
                DocumentNumber = number,
                IssuedOn = today,
                Year = year,
                Serial = serial,
                Content = LetterWordDocument.Create(template.Title, number, body, organ.Name, today),
                CreatedAt = clock.GetUtcNow(),
                CreatedBy = entry.UserName,
            };
            db.Add(letter);
            try
            {
                await db.SaveChangesAsync(ct);
                return letter;
            }
            catch (DbUpdateException e) when (attempt < MaxNumberAttempts)
            {
                // Someone else took this number in the meantime (unique organ/year/serial): take the next.
                log.LogInformation(e, "Letter number {Number} taken concurrently; retrying", number);
                db.Entry(letter).State = EntityState.Detached;
                db.Entry(entry).State = EntityState.Detached;
            }
        }
    }

    public Task<List<ApplicationLetter>> ForCaseAsync(int applicationId, CancellationToken ct) =>
        db.Set<ApplicationLetter>().AsNoTracking().Where(l => l.ApplicationId == applicationId).OrderBy(l => l.Id).ToListAsync(ct);

    private static string Date(DateOnly? d) => d is { } x ? $"{x.Year}年{x.Month}月{x.Day}日" : "____";

    private static string Blank(string? s, string fallback) => string.IsNullOrWhiteSpace(s) ? fallback : s.Trim();

    [GeneratedRegex(@"\{([^{}]{1,10})\}")]
    private static partial Regex Placeholder();
}
