using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Applications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Compliance;

/// <summary>The district overview (/admin/compliance, /api/v1/compliance). Today is 2026-11-27.</summary>
public sealed class ComplianceOverviewTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private async Task<(ComplianceTestKit.Organ Behind, ComplianceTestKit.Organ Clear, HttpClient Office)> TwoOrgansAsync()
    {
        var office = await factory.OfficeAsync();
        // Behind: holds 第二十条第（一）（二）项; publishes today an item formed on 2026-09-01 (due
        // 2026-09-29 under Art. 26), leaves （二） empty, and has an application received by mail
        // on 2026-09-01 still unanswered (due 20 working days later).
        var behind = await factory.CompliantOrganAsync(office, "item-1", "item-2");
        await behind.PublishTodayAsync("2026-09-01");
        var handler = await factory.CaseHandlerAsync(behind.Id);
        await ApplicationTestKit.RegisterAsync(handler, behind.Id, receivedOn: "2026-09-01");

        // Clear: holds （一） only, and publishes an item formed a week ago.
        var clear = await factory.CompliantOrganAsync(office, "item-1");
        await clear.PublishTodayAsync("2026-11-20");
        return (behind, clear, office);
    }

    [Fact]
    public async Task An_organ_with_an_overdue_application_a_late_item_and_an_empty_column_shows_exactly_those_and_an_untouched_organ_none()
    {
        var (behind, clear, office) = await TwoOrgansAsync();
        var api = await factory.ApiStaffAsync((await factory.OrganizationIdAsync("区政府办公室"), BusinessRole.Supervisor));
        var rows = await api.GetFromJsonAsync<JsonElement>("/api/v1/compliance?year=2026");

        Assert.Equal(["lateItems", "overdueApplications", "statutoryColumnsEmpty"], ComplianceTestKit.Flagged(rows, behind.Id));
        Assert.Empty(ComplianceTestKit.Flagged(rows, clear.Id));
        var row = ComplianceTestKit.Row(rows, behind.Id).GetProperty("indicators");
        Assert.Equal(1, row.GetProperty("lateItems").GetProperty("count").GetInt32());
        // The late item's evidence is the staff list of late publications, and the item is on it.
        var lateUrl = row.GetProperty("lateItems").GetProperty("url").GetString()!;
        var lateList = await office.GetStringAsync(lateUrl);
        Assert.Contains("id=\"timeliness-late\"", lateList, StringComparison.Ordinal);
        var organName = ComplianceTestKit.Row(rows, behind.Id).GetProperty("organization").GetString();
        Assert.Contains($"（{organName}，期限 2026-09-29", lateList[lateList.IndexOf("id=\"timeliness-late\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Equal(1, row.GetProperty("overdueApplications").GetProperty("count").GetInt32());
        Assert.Equal($"/admin/applications?org={behind.Id}", row.GetProperty("overdueApplications").GetProperty("url").GetString());
        Assert.Equal(1, row.GetProperty("statutoryColumnsEmpty").GetProperty("count").GetInt32());
        Assert.Contains("机关职能", row.GetProperty("statutoryColumnsEmpty").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(ComplianceTestKit.Row(rows, behind.Id).GetProperty("score").GetDecimal() < ComplianceTestKit.Row(rows, clear.Id).GetProperty("score").GetDecimal());
        Assert.Equal(100m, ComplianceTestKit.Row(rows, clear.Id).GetProperty("score").GetDecimal());

        // The page: red cells with their evidence links, sortable headers, exports.
        var html = await office.GetStringAsync("/admin/compliance?year=2026&sort=overdueApplications&desc=true");
        Assert.Matches($"<td class=\"compliance-behind\" data-key=\"overdueApplications\" data-count=\"1\"[^>]*>\\s*<a href=\"/admin/applications\\?org={behind.Id}\">1</a>", html);
        Assert.Matches($"<td class=\"compliance-behind\" data-key=\"statutoryColumnsEmpty\" data-count=\"1\"[^>]*>\\s*<a href=\"/xxgk/{behind.Id}\">", html);
        Assert.Contains("<a href=\"/admin/compliance?year=2026&amp;sort=score\">得分</a>", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"sparkline\"", html, StringComparison.Ordinal);
        // Sorted by overdue applications, worst first: the organ behind comes before the clear one.
        Assert.True(html.IndexOf($"data-organization=\"{behind.Id}\"", StringComparison.Ordinal) < html.IndexOf($"data-organization=\"{clear.Id}\"", StringComparison.Ordinal));
        var excel = await office.GetAsync("/admin/compliance?year=2026&handler=Excel");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        Assert.Equal(ComplianceExport.ContentType, excel.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/admin/compliance?year=2026&handler=Trend")).StatusCode);
    }

    [Fact]
    public async Task An_organs_staff_see_only_their_own_row_on_the_page_and_in_the_api()
    {
        var (behind, clear, _) = await TwoOrgansAsync();
        var page = await factory.StaffClientAsync(PublicationTestKit.Unique("cm-own-"), (behind.Id, BusinessRole.Editor));
        var html = await page.GetStringAsync("/admin/compliance");
        Assert.Contains($"data-organization=\"{behind.Id}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-organization=\"{clear.Id}\"", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "data-organization="));

        var api = await factory.ApiStaffAsync((behind.Id, BusinessRole.Editor));
        var rows = await api.GetFromJsonAsync<JsonElement>("/api/v1/compliance");
        Assert.Equal([behind.Id], rows.EnumerateArray().Select(r => r.GetProperty("organizationId").GetInt32()));
        var other = await api.GetAsync($"/api/v1/compliance?organization={clear.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/compliance")).StatusCode);
        var badYear = await api.GetAsync("/api/v1/compliance?year=1900");
        Assert.Equal(HttpStatusCode.BadRequest, badYear.StatusCode);
        Assert.Contains("年份", await badYear.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_overviews_of_other_organs_in_one_scope_each_get_their_own_statutory_columns()
    {
        var (behind, clear, _) = await TwoOrgansAsync();
        await using var scope = factory.Scope();
        var overview = scope.ServiceProvider.GetRequiredService<ComplianceOverview>();
        var first = await overview.ComputeAsync(2026, new HashSet<int> { clear.Id });
        var second = await overview.ComputeAsync(2026, new HashSet<int> { behind.Id });

        Assert.Equal(ComplianceLevel.Ok, first.Rows.Single().Findings["statutoryColumnsEmpty"].Level);
        var empty = second.Rows.Single().Findings["statutoryColumnsEmpty"];
        Assert.Equal((1, ComplianceLevel.Behind), (empty.Count, empty.Level));
    }

    [Fact]
    public async Task The_month_that_ended_is_stored_once_and_feeds_the_trend()
    {
        await using var scope = factory.Scope();
        var snapshots = scope.ServiceProvider.GetRequiredService<ComplianceSnapshots>();
        // The job may have taken October already at start; either way it is there once afterwards.
        await snapshots.TakeDueAsync();
        Assert.False(await snapshots.TakeDueAsync());
        await factory.WithDbAsync(async db =>
        {
            var october = await db.Set<ComplianceSnapshot>().Include(s => s.Findings).Where(s => s.Year == 2026 && s.Month == 10).ToListAsync();
            Assert.NotEmpty(october);
            Assert.Equal(october.Count, october.Select(s => s.OrganizationId).Distinct().Count());
            Assert.Contains(october, s => s.Findings.Any(f => f.IndicatorKey == "overdueApplications"));
        });

        var office = await factory.OfficeAsync();
        var html = await office.GetStringAsync("/admin/compliance?year=2026");
        Assert.Matches("aria-label=\"月度得分：10月 [0-9.]+，11月 [0-9.]+\"", html);
    }
}
