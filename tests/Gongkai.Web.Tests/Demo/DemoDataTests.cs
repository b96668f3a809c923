using System.Net;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Applications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.AnnualReports;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Consultations;
using Gongkai.Web.Features.DisclosureGuides;
using Gongkai.Web.Features.Enforcement;
using Gongkai.Web.Features.Mailbox;
using Gongkai.Web.Features.Interpretations;
using Gongkai.Web.Features.NormativeDocuments;
using Gongkai.Web.Features.PowerLists;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.ServiceGuides;
using Gongkai.Web.Features.StandardCatalogs;
using Gongkai.Web.Features.TaskDivision;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Demo;
using Gongkai.Web.Tests.Applications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Demo;

/// <summary>A host started as <c>--demo</c> starts it (Trial profile, demo on) on an empty database.</summary>
public sealed class DemoFactory : GongkaiFactory
{
    public const string DemoPassword = "Demo-Test-Pass-2026!x";

    public DemoFactory()
    {
        With("Gongkai:Security:Profile", "Trial");
        With(DemoData.Setting, "true");
        With(DemoData.PasswordSetting, DemoPassword);
    }
}

public sealed class DemoDataTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    private int LastYear => ChinaTime.ToChina(factory.Clock.GetUtcNow()).Year - 1;

    [Fact]
    public async Task Starting_again_adds_nothing_every_demo_seeder_sees_its_data_exists()
    {
        async Task<int[]> CountsAsync()
        {
            int[] counts = [];
            await factory.WithDbAsync(async db => counts =
            [
                await db.Set<Publication>().CountAsync(), await db.Set<DisclosureApplication>().CountAsync(), await db.Set<TaskNotice>().CountAsync(),
                await db.Set<TaskProgressReport>().CountAsync(), await db.Set<NormativeDocument>().CountAsync(), await db.Set<PowerItem>().CountAsync(),
                await db.Set<EnforcementDecision>().CountAsync(), await db.Set<MailboxLetter>().CountAsync(), await db.Set<Consultation>().CountAsync(),
                await db.Set<ServiceGuide>().CountAsync(), await db.Set<CatalogueEntry>().CountAsync(), await db.Set<AnnualReport>().CountAsync(),
                await db.Set<StaffUser>().CountAsync(), await db.Set<DisclosureGuide>().CountAsync(),
            ]);
            return counts;
        }

        var before = await CountsAsync();
        var stamp = System.Diagnostics.Stopwatch.StartNew();
        await using (var scope = factory.Scope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(scope.ServiceProvider, CancellationToken.None);
            }
        }

        Assert.True(stamp.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task The_seed_notice_is_imported_with_58_measures_some_reported_some_signed_off_and_one_open_supervision()
    {
        await factory.WithDbAsync(async db =>
        {
            var notice = await db.Set<TaskNotice>().SingleAsync();
            Assert.Equal("江津府办发〔2020〕132号", notice.DocumentNumber);
            Assert.StartsWith(DemoData.Marker, notice.Title);
            var measures = await db.Set<TaskMeasure>().Where(m => m.NoticeId == notice.Id).ToListAsync();
            Assert.Equal(58, measures.Count);
            var reports = await db.Set<TaskProgressReport>().ToListAsync();
            Assert.Contains(reports, r => r.Status == TaskProgressStatus.Done);
            Assert.Contains(reports, r => r.Status != TaskProgressStatus.Done);
            Assert.InRange(reports.Select(r => r.MeasureId).Distinct().Count(), 2, 57);
            Assert.InRange(measures.Count(m => m.SignedOffAt is not null), 1, 57);
            Assert.Single(await db.Set<TaskSupervision>().Where(s => s.AnsweredAt == null).ToListAsync());
        });
    }

    [Fact]
    public async Task Applications_are_in_every_stage_with_an_overdue_an_extended_and_a_carried_over_case()
    {
        var today = ChinaTime.Today(factory.Clock);
        await factory.WithDbAsync(async db =>
        {
            var cases = await db.Set<DisclosureApplication>().Include(a => a.Events).ToListAsync();
            Assert.All(cases, a => Assert.StartsWith(DemoData.Marker, a.InformationTitle));
            foreach (var stage in Enum.GetValues<ApplicationStage>())
            {
                Assert.Contains(cases, a => a.Stage == stage);
            }

            Assert.Contains(cases, a => a.IsOpen && a.DueOn < today);
            Assert.Contains(cases, a => a.IsOpen && a.Events.Any(e => e.Type == ApplicationEventType.ExtensionApproved));
            // Carried over: received last year, answered this year; and into last year from the year before.
            Assert.Contains(cases, a => a.ReceivedOn?.Year == LastYear && a.RepliedOn?.Year == LastYear + 1);
            Assert.Contains(cases, a => a.ReceivedOn?.Year == LastYear - 1 && a.RepliedOn?.Year == LastYear);
            Assert.True(cases.Where(a => a.RepliedOn?.Year == LastYear).Select(a => a.Outcome).Distinct().Count() >= 4);
            Assert.Equal(2, cases.Select(a => a.OrganizationId).Distinct().Count());
        });
    }

    [Fact]
    public async Task The_annual_report_for_last_year_is_drafted_and_its_figures_come_from_the_cases_and_add_up()
    {
        var organ = await factory.OrganizationIdAsync(DemoData.CaseOrgan);
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var report = await db.Set<AnnualReport>().SingleAsync(r => r.OrganizationId == organ && r.Year == LastYear);
        Assert.StartsWith(DemoData.Marker, report.Overview);
        Assert.StartsWith(DemoData.AccountPrefix, report.UpdatedBy);

        var view = await scope.ServiceProvider.GetRequiredService<AnnualReportService>()
            .ViewAsync(await db.Set<Organization>().SingleAsync(o => o.Id == organ), LastYear);
        CellKey A(string row) => new(ApplicationsTableKeys.Table, row, ApplicationsTableKeys.TotalColumn);
        var received = await db.Set<DisclosureApplication>().CountAsync(a => a.OrganizationId == organ && a.ReceivedOn != null
            && a.ReceivedOn >= new DateOnly(LastYear, 1, 1) && a.ReceivedOn <= new DateOnly(LastYear, 12, 31));
        Assert.True(received >= 6);
        Assert.Equal(received, view.Value(A(ApplicationsTableKeys.NewReceived)));
        Assert.Equal(1, view.Value(A(ApplicationsTableKeys.CarriedOver)));
        Assert.Equal(1, view.Value(A(ApplicationsTableKeys.CarriedForward)));
        foreach (var code in new[] { ReportChecks.Balance, ReportChecks.OutcomeTotal, ReportChecks.ApplicantTotal })
        {
            Assert.True(view.Checks.Single(c => c.Code == code).Passed, code);
        }
    }

    [Fact]
    public async Task Each_feature_has_marked_samples_normative_documents_with_interpretations_a_repealed_one_and_a_compilation()
    {
        await factory.WithDbAsync(async db =>
        {
            var docs = await db.Set<NormativeDocument>().ToListAsync();
            Assert.Equal(3, docs.Count);
            Assert.Single(docs, d => d.Validity == Domain.NormativeDocuments.NormativeValidity.Repealed);
            Assert.Equal(2, await db.Set<PolicyInterpretation>().CountAsync(i => i.Links.Any()));
            var compilation = await db.Set<Compilation>().Include(c => c.Items).SingleAsync();
            Assert.StartsWith(DemoData.Marker, compilation.Title);
            Assert.NotNull(compilation.PublishedAt);
            Assert.Equal(2, compilation.Items.Count);
            var powers = await db.Set<PowerItem>().ToListAsync();
            Assert.True(powers.Count >= 4);
            Assert.All(powers, p => Assert.Equal(PowerItemStatus.Published, p.Status));
            Assert.All(powers, p => Assert.StartsWith(DemoData.Marker, p.Name));
            Assert.True(await db.Set<DisclosureGuide>().AnyAsync());
            var decisions = await db.Set<EnforcementDecision>().ToListAsync();
            Assert.Equal(3, decisions.Count);
            Assert.Equal(2, decisions.Count(d => d.Status == EnforcementStatus.Published));
            Assert.All(decisions, d => Assert.StartsWith(DemoData.Marker, d.Matter));
            Assert.Equal(3, await db.Set<MailboxLetter>().CountAsync(l => l.Subject.StartsWith(DemoData.Marker)));
            var consultation = await db.Set<Consultation>().SingleAsync();
            Assert.StartsWith(DemoData.Marker, consultation.Title);
            Assert.Equal(1, await db.Set<ConsultationComment>().CountAsync());
            var guide = await db.Set<ServiceGuide>().SingleAsync();
            Assert.StartsWith(DemoData.Marker, guide.Name);
            Assert.Equal(Domain.ServiceGuides.ServiceGuideStatus.Published, guide.Status);
            var rows = await db.Set<CatalogueEntry>().ToListAsync();
            Assert.Equal(3, rows.Count);
            Assert.All(rows, r => Assert.StartsWith(DemoData.Marker, r.Content));
        });
        var office = await factory.OrganizationIdAsync(DemoData.DistrictOffice);
        Assert.Contains(DemoData.Marker, await factory.CreateClient().GetStringAsync($"/gfxwj?Filter.Org={office}"));
    }

    [Fact]
    public async Task Demo_samples_exist_on_the_district_office_platform_and_demo_accounts_see_their_roles_view()
    {
        var office = await factory.OrganizationIdAsync(DemoData.DistrictOffice);
        int own = 0, other = 0;
        await factory.WithDbAsync(async db =>
        {
            Assert.True(await db.Set<Publication>().AnyAsync(p => p.OrganizationId == office && p.Title.StartsWith(DemoData.Marker)));
            var caseOrgan = await db.Set<Organization>().SingleAsync(o => o.ShortName == DemoData.CaseOrgan);
            own = (await db.Set<DisclosureApplication>().FirstAsync(a => a.OrganizationId == caseOrgan.Id && a.IsOpen && a.ReceivedOn != null)).Id;
            other = (await db.Set<DisclosureApplication>().FirstAsync(a => a.OrganizationId != caseOrgan.Id && a.IsOpen)).Id;
        });

        var handler = await factory.SignInAsync(DemoAccounts.CaseHandler, DemoFactory.DemoPassword);
        var queue = await handler.GetStringAsync("/admin/applications");
        Assert.Contains($"/admin/applications/{own}\"", queue);
        Assert.DoesNotContain($"/admin/applications/{other}\"", queue);
        Assert.Equal(HttpStatusCode.NotFound, (await handler.GetAsync($"/admin/applications/{other}")).StatusCode);

        var supervisor = await factory.SignInAsync(DemoAccounts.Supervisor, DemoFactory.DemoPassword);
        var district = await supervisor.GetStringAsync("/admin/applications?scope=district");
        Assert.Contains($"/admin/applications/{own}\"", district);
        Assert.Contains($"/admin/applications/{other}\"", district);

        foreach (var account in DemoAccounts.All)
        {
            var client = await factory.SignInAsync(account.UserName, DemoFactory.DemoPassword);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        }
    }
}

public sealed class DemoRemovalTests
{
    [Fact]
    public async Task Demo_remove_takes_every_marked_record_of_every_feature_and_leaves_real_records_and_is_safe_to_repeat()
    {
        using var factory = new DemoFactory();
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var realItem = await editor.CreateDraftAsync(organ, "真实信息：本机关2026年工作要点");
        var realCase = await ApplicationTestKit.RegisterAsync(await factory.CaseHandlerAsync(organ), organ);
        var stamp = System.Diagnostics.Stopwatch.StartNew();

        var removed = await DemoRemoval.RemoveAllAsync(factory.Services);

        Assert.True(stamp.Elapsed < TimeSpan.FromSeconds(30));
        Assert.Contains(removed, r => r.Kind == "公开信息" && r.Count > 50);
        Assert.Contains(removed, r => r.Kind == "任务分工通知" && r.Count == 1);
        Assert.Contains(removed, r => r.Kind == "依申请公开申请" && r.Count > 10);
        Assert.Contains(removed, r => r.Kind == "示例账户" && r.Count == DemoAccounts.All.Count);
        Assert.Contains(removed, r => r.Kind == "文件汇编" && r.Count == 1);
        Assert.Contains(removed, r => r.Kind == "行政执法决定" && r.Count == 3);
        Assert.Contains(removed, r => r.Kind == "标准目录事项" && r.Count == 3);
        Assert.All(removed, r => Assert.True(r.Count > 0, r.Kind));
        await factory.WithDbAsync(async db =>
        {
            Assert.True(await db.Set<Publication>().AnyAsync(p => p.Id == realItem));
            Assert.True(await db.Set<DisclosureApplication>().AnyAsync(a => a.Id == realCase));
            Assert.Equal([], await MarkedRowsAsync(db));
        });

        // Again: nothing left to remove, nothing else touched.
        Assert.All(await DemoRemoval.RemoveAllAsync(factory.Services), r => Assert.Equal(0, r.Count));
        await factory.WithDbAsync(async db => Assert.True(await db.Set<Publication>().AnyAsync(p => p.Id == realItem)));
    }

    /// <summary>Every text column of every table holding 【示例】, except the audit log, which is
    /// append-only by law and keeps the record of what the demo did.</summary>
    private static async Task<List<string>> MarkedRowsAsync(GongkaiDbContext db)
    {
        var found = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.ClrType != typeof(AuditEntry) && e.GetTableName() is not null && e.GetViewName() is null))
        {
            var table = entity.GetTableName()!;
            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string)))
            {
                var column = property.GetColumnName(store);
                if (column is null)
                {
                    continue;
                }

                var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{table}\" WHERE \"{column}\" LIKE '%' || {{0}} || '%'";
                var count = await db.Database.SqlQueryRaw<int>(sql, DemoData.Marker).SingleAsync();
                if (count > 0)
                {
                    found.Add($"{table}.{column}: {count}");
                }
            }
        }

        return found.Distinct().ToList();
    }
}
