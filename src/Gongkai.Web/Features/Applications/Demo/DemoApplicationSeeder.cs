using Gongkai.Domain.Applications;
using Gongkai.Domain.Calendar;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Demo;

/// <summary>With <c>--demo</c>, while no application exists: registers disclosure applications
/// through <see cref="ApplicationSubmission"/> and <see cref="ApplicationEvents"/>, acting as the demo case handlers, so that the case
/// clock sets every stage and due date as it would for real work: last year's cases replied with
/// several outcomes (and one carried over into last year from the year before), one received late
/// last year and answered this year, and this year's cases in every stage — awaiting confirmation
/// (online), handling, 补正, 征求第三方意见, extended (延期), overdue, replied and archived. Dates are
/// counted back from today in working days, so the stages hold whenever the demo is started. The
/// annual report of the demo organ for last year is computed from these cases.</summary>
public sealed class DemoApplicationSeeder(IConfiguration configuration, TimeProvider clock, ILogger<DemoApplicationSeeder> log) : IStartupSeeder
{
    public int Order => 93;

    /// <summary>One case: how it is registered and the events that follow, each with its date.</summary>
    private sealed record Plan(string Title, string Applicant, string Kind, DateOnly? ReceivedOn, params (ApplicationEventInput Event, DateOnly On)[] Events);

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        if (!DemoData.IsOn(configuration) || await db.Set<DisclosureApplication>().AnyAsync(ct))
        {
            return;
        }

        var calendar = await services.GetRequiredService<Calendar.CalendarProvider>().GetAsync(ct);
        var today = ChinaTime.Today(clock);
        var year = today.Year - 1;

        if (await DemoAccounts.PrincipalAsync(services, DemoAccounts.CaseHandler) is { } handler)
        {
            await using var actor = DemoAccounts.ActAs(services, handler);
            await RegisterAsync(actor.Services, DemoData.CaseOrgan, MainCases(calendar, today, year), ct);
        }

        if (await DemoAccounts.PrincipalAsync(services, DemoAccounts.OtherCaseHandler) is { } other)
        {
            await using var actor = DemoAccounts.ActAs(services, other);
            await RegisterAsync(actor.Services, DemoData.OtherCaseOrgan,
            [
                () => new("人力资源社会保障领域年度就业补助资金分配结果", "李某某", "naturalPerson", Back(calendar, today, 3)),
                () => new("本区企业职工养老保险参保人数统计", "重庆某某咨询有限公司", "commercial", Next(calendar, new DateOnly(year, 4, 8)),
                    (Replied("granted"), Next(calendar, new DateOnly(year, 4, 20)))),
            ], ct);
        }
    }

    private static List<Func<Plan>> MainCases(WorkingDayCalendar calendar, DateOnly today, int year)
    {
        DateOnly In(int month, int day) => Next(calendar, new DateOnly(year, month, day));
        // Computed when each case is registered: a calendar without some year loses only that case.
        DateOnly CarriedIn() => Next(calendar, new DateOnly(year - 1, 12, 18));
        DateOnly CarriedOut() => Next(calendar, new DateOnly(year, 12, 22));
        return
        [
            // Last year: replied with several outcomes, one archived.
            () => new("区级部门预算执行情况", "张某某", "naturalPerson", In(3, 10),
                (Replied("granted"), Plus(calendar, In(3, 10), 8)), (Event("archived"), Plus(calendar, In(3, 10), 12))),
            () => new("政府采购项目合同及验收报告", "重庆某某建设有限公司", "commercial", In(5, 12),
                (Replied("partlyGranted"), Plus(calendar, In(5, 12), 15))),
            () => new("财政专项资金分配的内部讨论记录", "王某某", "naturalPerson", In(7, 7),
                (Replied("denied.processInfo"), Plus(calendar, In(7, 7), 12))),
            () => new("某街道2010年以前的财政票据存根", "赵某某", "naturalPerson", In(9, 8),
                (Replied("unable.notHeld"), Plus(calendar, In(9, 8), 10))),
            () => new("已于上月答复的预算公开表格", "张某某", "naturalPerson", In(10, 13),
                (Replied("notProcessed.repeat"), Plus(calendar, In(10, 13), 5))),
            () => new("涉及企业经营信息的补贴资金明细", "重庆某某农业开发有限公司", "commercial", In(11, 3),
                (Extension(), Plus(calendar, In(11, 3), 18)), (Replied("granted"), Plus(calendar, In(11, 3), 28))),
            // Received the year before last and answered last year (上年结转).
            () => new("国有资产处置收入情况", "某某大学公共管理学院", "research", CarriedIn(),
                (Replied("granted"), Plus(calendar, CarriedIn(), 15))),
            // Received late last year and answered this year (结转下年度).
            () => new("年底追加预算安排情况", "孙某某", "naturalPerson", CarriedOut(),
                (Replied("granted"), Min(Plus(calendar, CarriedOut(), 15), today))),
            // This year, one in every stage.
            () => new("本年度“三公”经费预算调整情况", "周某某", "naturalPerson", Back(calendar, today, 2)),
            () => new("某项目财政评审报告（需补充说明所需信息）", "吴某某", "naturalPerson", Back(calendar, today, 6),
                (new ApplicationEventInput { Type = "correctionRequested", CorrectUntil = today.AddDays(15) }, Back(calendar, today, 3))),
            () => new("涉及第三方商业秘密的采购投标文件", "郑某某", "naturalPerson", Back(calendar, today, 10),
                (new ApplicationEventInput { Type = "consultationStarted", Party = "thirdParty", Delivery = "post" }, Back(calendar, today, 4))),
            () => new("近五年全区政府债务余额及使用情况", "某某律师事务所", "legal", Back(calendar, today, 19),
                (Extension(), Back(calendar, today, 1))),
            () => new("街道财政所人员编制及经费情况", "冯某某", "naturalPerson", Back(calendar, today, 30)),
            () => new("本年度惠民惠农财政补贴发放清单", "陈某某", "naturalPerson", Back(calendar, today, 25),
                (Replied("granted"), Back(calendar, today, 8))),
            // Submitted online and not yet confirmed (Art. 31(三)).
            () => new("区级财政收支月度报告", "重庆某某数据服务有限公司", "commercial", null),
        ];
    }

    private async Task RegisterAsync(IServiceProvider services, string organ, List<Func<Plan>> plans, CancellationToken ct)
    {
        var submission = services.GetRequiredService<ApplicationSubmission>();
        var access = services.GetRequiredService<ApplicationAccess>();
        var events = services.GetRequiredService<ApplicationEvents>();
        var serial = 0;
        foreach (var make in plans)
        {
            serial++;
            Plan? plan = null;
            try
            {
                plan = make();
                var online = plan.ReceivedOn is null;
                var input = new ApplicationInput
                {
                    Organization = organ,
                    ApplicantType = plan.Kind,
                    ApplicantName = DemoData.Marker + plan.Applicant,
                    IdNumber = plan.Kind == "naturalPerson" ? DemoIdNumber(serial) : null,
                    IdentityProof = plan.Kind == "naturalPerson" ? "居民身份证" : "营业执照",
                    Phone = $"1380000{serial:D4}",
                    InformationTitle = DemoData.Marker + plan.Title,
                    Description = $"{DemoData.Marker}申请公开{plan.Title}（演示用示例申请，不是真实申请）。",
                    FormWanted = "electronic",
                    Delivery = "email",
                    Email = $"demo{serial}@example.invalid",
                    Channel = online ? "online" : "inPerson",
                    ReceivedOn = plan.ReceivedOn,
                };
                var submitted = await submission.SubmitAsync(input, byStaff: !online, ct);
                var application = await access.FindForStaffAsync(submitted.Application.Id, ct);
                foreach (var (e, on) in plan.Events)
                {
                    e.On = on;
                    await events.AddAsync(application!, e, ct);
                }
            }
            catch (Exception e) when (e is ApplicationRuleException or ApplicationInputException or ApplicationForbiddenException or CalendarYearNotLoadedException)
            {
                // A calendar without the year, or a rule of a later version: the demo goes on without this case.
                log.LogWarning("示例数据：第 {Serial} 件申请（{Title}）未能登记：{Error}", serial, plan?.Title, e.Message);
            }
        }
    }

    private static ApplicationEventInput Replied(string outcome) => new() { Type = "replied", Outcome = outcome };

    private static ApplicationEventInput Event(string type) => new() { Type = type };

    private static ApplicationEventInput Extension() => new() { Type = "extensionApproved", WorkingDays = 15, Approver = "政务公开科负责人（示例）" };

    /// <summary>An identity number with a valid check digit (GB 11643) for a made-up person.</summary>
    private static string DemoIdNumber(int serial)
    {
        var first17 = $"50011619800101{serial % 1000:D3}";
        return first17 + Domain.Privacy.ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>The first working day on or after <paramref name="day"/>.</summary>
    private static DateOnly Next(WorkingDayCalendar calendar, DateOnly day)
    {
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static DateOnly Plus(WorkingDayCalendar calendar, DateOnly day, int workingDays)
    {
        for (var i = 0; i < workingDays; i++)
        {
            day = Next(calendar, day.AddDays(1));
        }

        return day;
    }

    private static DateOnly Back(WorkingDayCalendar calendar, DateOnly day, int workingDays)
    {
        for (var i = 0; i < workingDays; i++)
        {
            day = day.AddDays(-1);
            while (!calendar.IsWorkingDay(day))
            {
                day = day.AddDays(-1);
            }
        }

        return day;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>Removes the demo applications: information title and applicant both marked 【示例】
/// (nothing else writes the marker into both). Events, attachments and reminders go with them.</summary>
public sealed class DemoApplicationsOwner : IDemoDataOwner
{
    public string Kind => "依申请公开申请";

    public int RemovalOrder => 60;

    public async Task<int> RemoveAsync(GongkaiDbContext db, CancellationToken ct)
    {
        var demo = await db.Set<DisclosureApplication>()
            .Where(a => a.InformationTitle.StartsWith(DemoData.Marker) && a.ApplicantName.StartsWith(DemoData.Marker))
            .ToListAsync(ct);
        db.RemoveRange(demo);
        return demo.Count;
    }
}
