using System.Globalization;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Enforcement;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Enforcement;

/// <summary>Entering (one by one or by import), publishing and withdrawing enforcement decisions.
/// Every change is audited and clears the cached /zfgs pages. Callers check <see cref="EnforcementAccess"/> first.</summary>
public sealed class EnforcementService(
    GongkaiDbContext db,
    EnforcementAccess access,
    AuditTrail audit,
    EnforcementCache cache,
    CalendarProvider calendars,
    PersonalDataProtector protector,
    IOptions<EnforcementOptions> options,
    TimeProvider clock)
{
    public const string TargetType = "enforcementDecision";

    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>Checks the rows (each against the organ's registered 文书号 and the others) and, with
    /// no error and not <paramref name="dryRun"/>, saves them all. Any failed row saves nothing.</summary>
    public async Task<EnforcementImportResult> ImportAsync(int organizationId, IReadOnlyList<EnforcementRow> rows, bool dryRun, CancellationToken ct = default)
    {
        var numbers = rows.Where(r => r.Fields is not null).Select(r => r.Fields!.DocumentNumber).ToList();
        var existing = (await db.Set<EnforcementDecision>().AsNoTracking()
            .Where(d => d.OrganizationId == organizationId && numbers.Contains(d.DocumentNumber))
            .Select(d => d.DocumentNumber).ToListAsync(ct)).ToHashSet();
        var calendar = await calendars.GetAsync(ct);
        var seen = new Dictionary<string, int>();
        var checkedRows = new List<EnforcementRow>();
        var decisions = new List<EnforcementDecision>();
        foreach (var row in rows)
        {
            if (row.Fields is not { } f)
            {
                checkedRows.Add(row);
                continue;
            }

            string? error = null;
            if (existing.Contains(f.DocumentNumber))
            {
                error = $"第 {row.Row} 行“{EnforcementColumns.DocumentNumber}”列：{f.DocumentNumber} 已登记，不能重复录入。";
            }
            else if (seen.TryGetValue(f.DocumentNumber, out var first))
            {
                error = $"第 {row.Row} 行“{EnforcementColumns.DocumentNumber}”列：{f.DocumentNumber} 与第 {first} 行重复。";
            }

            Deadline? due = null;
            try
            {
                due = PublicationClock.Due(calendar, f.Category, f.DecidedOn);
            }
            catch (CalendarYearNotLoadedException)
            {
                error ??= $"第 {row.Row} 行“{EnforcementColumns.DecidedOn}”列：工作日历中没有 {f.DecidedOn.Year} 年前后的节假日安排，无法计算公开期限，请先由系统管理员录入。";
            }

            seen.TryAdd(f.DocumentNumber, row.Row);
            if (error is not null || due is null)
            {
                checkedRows.Add(row with { Fields = null, Errors = [error!] });
                continue;
            }

            checkedRows.Add(row);
            decisions.Add(NewDecision(organizationId, f, due));
        }

        var failed = checkedRows.Count(r => !r.Ok);
        if (failed > 0 || dryRun || decisions.Count == 0)
        {
            return new EnforcementImportResult(failed == 0 ? checkedRows.Count : 0, failed, checkedRows, []);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.AddRange(decisions);
        await db.SaveChangesAsync(ct);
        audit.Record(decisions.Count == 1 ? "enforcement.created" : "enforcement.imported", targetType: TargetType,
            targetId: decisions.Count == 1 ? Id(decisions[0].Id) : null, organizationId: organizationId,
            after: new { count = decisions.Count, documentNumbers = decisions.Select(d => d.DocumentNumber).ToList() });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new EnforcementImportResult(decisions.Count, 0, checkedRows, decisions);
    }

    /// <summary>Publishes a pending decision on <paramref name="on"/> (today when null), recording how
    /// many working days late it is. Returns a Chinese message when it cannot.</summary>
    public async Task<string?> PublishAsync(EnforcementDecision decision, DateOnly? on, CancellationToken ct = default)
    {
        var day = on ?? Today;
        if (decision.Status != EnforcementStatus.Pending)
        {
            return decision.Status == EnforcementStatus.Published ? $"该决定已于 {decision.PublishedOn:yyyy-MM-dd} 公开。" : "该决定已撤回，不能再公开。";
        }

        if (day < decision.DecidedOn)
        {
            return $"公开日期（{day:yyyy-MM-dd}）不能早于决定日期（{decision.DecidedOn:yyyy-MM-dd}）。";
        }

        if (day > Today)
        {
            return $"公开日期（{day:yyyy-MM-dd}）不能晚于今天。";
        }

        var calendar = await calendars.GetAsync(ct);
        decision.Status = EnforcementStatus.Published;
        decision.PublishedOn = day;
        decision.LateWorkingDays = PublicationClock.LateBy(calendar, decision.PublishBy, day);
        decision.PublicUntil = options.Value.Periods.PublicUntil(decision.Category, decision.SimpleProcedure, day);
        decision.UpdatedAt = clock.GetUtcNow();
        audit.Record("enforcement.published", targetType: TargetType, targetId: Id(decision.Id), organizationId: decision.OrganizationId,
            after: new { decision.DocumentNumber, publishedOn = day, decision.PublishBy, decision.LateWorkingDays, decision.PublicUntil });
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
        return null;
    }

    /// <summary>Withdraws a decision from public view (撤销 or 变更), keeping it and the reason.</summary>
    public async Task<string?> WithdrawAsync(EnforcementDecision decision, WithdrawalKind kind, string? reason, CancellationToken ct = default)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > 1000)
        {
            return "请填写撤回原因（如撤销该决定的复议决定书文号，不超过 1000 字）。";
        }

        if (decision.Status == EnforcementStatus.Withdrawn)
        {
            return $"该决定已于 {decision.WithdrawnOn:yyyy-MM-dd} 撤回。";
        }

        var before = decision.Status;
        decision.Status = EnforcementStatus.Withdrawn;
        decision.WithdrawnOn = Today;
        decision.WithdrawalKind = kind;
        decision.WithdrawalReason = text;
        decision.UpdatedAt = clock.GetUtcNow();
        audit.Record("enforcement.withdrawn", targetType: TargetType, targetId: Id(decision.Id), organizationId: decision.OrganizationId,
            before: new { status = before.ToString() }, after: new { decision.DocumentNumber, kind = kind.ToString(), reason = text });
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
        return null;
    }

    public Task<WorkingDayCalendar> CalendarAsync(CancellationToken ct = default) => calendars.GetAsync(ct);

    private EnforcementDecision NewDecision(int organizationId, EnforcementDecisionFields f, Deadline due)
    {
        var now = clock.GetUtcNow();
        return new EnforcementDecision
        {
            OrganizationId = organizationId,
            Category = f.Category,
            DocumentNumber = f.DocumentNumber,
            PartyKind = f.PartyKind,
            PartyName = f.PartyName,
            PartyIdNumberCipher = protector.Encrypt(f.IdNumber),
            PartyCreditCode = f.CreditCode,
            Matter = f.Matter,
            Facts = f.Facts,
            Basis = f.Basis,
            Result = f.Result,
            FineAmount = f.FineAmount,
            DecidedOn = f.DecidedOn,
            ValidFrom = f.ValidFrom,
            ValidUntil = f.ValidUntil,
            SimpleProcedure = f.SimpleProcedure,
            Protected = f.Protected,
            Status = EnforcementStatus.Pending,
            PublishBy = due.Due,
            DueExplanation = PublicationClock.Explain(due, f.Category),
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = access.UserName,
        };
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}

public sealed record EnforcementImportResult(int Imported, int Failed, IReadOnlyList<EnforcementRow> Rows, IReadOnlyList<EnforcementDecision> Saved);
