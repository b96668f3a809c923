using System.Net;
using AngleSharp.Html.Parser;
using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Safeguards;

public sealed class SafeguardTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private async Task<Organization> LoadAsync(int id)
    {
        Organization? organ = null;
        await factory.WithDbAsync(async db => organ = await db.Set<Organization>().AsNoTracking().SingleAsync(o => o.Id == id));
        return organ!;
    }

    private static Dictionary<string, string> Fields(Organization o, string filedOn) => new()
    {
        ["Form.Kind"] = o.Kind.ToString(),
        ["Form.SortOrder"] = o.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Form.OfficeName"] = "办公室",
        ["Form.OfficePhone"] = "023-47521234",
        ["Form.LeaderName"] = "王五",
        ["Form.LeaderPost"] = "副局长",
        ["Form.LeaderFiledOn"] = filedOn,
        ["Form.Version"] = o.Version.ToString(),
    };

    private async Task<IReadOnlyDictionary<int, ComplianceFinding>> FindingsAsync(string key, int orgId)
    {
        await using var scope = factory.Scope();
        var indicator = scope.ServiceProvider.GetServices<IComplianceIndicator>().Single(i => i.Key == key);
        var today = ChinaTime.Today(factory.Clock);
        return await indicator.EvaluateAsync(new ComplianceQuery(today.Year, today, [orgId]), CancellationToken.None);
    }

    [Fact]
    public async Task A_leader_filing_date_in_the_future_is_refused_with_a_Chinese_message_and_a_real_one_clears_the_overview_flag()
    {
        var orgId = await factory.OrganAsync();
        var admin = await factory.SystemAdminClientAsync();
        Assert.Equal(1, (await FindingsAsync("leaderNotFiled", orgId))[orgId].Count);

        var today = ChinaTime.Today(factory.Clock);
        var organ = await LoadAsync(orgId);
        var response = await admin.PostFormAsync($"/admin/organizations/{orgId}", Fields(organ, today.AddDays(3).ToString("yyyy-MM-dd")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync())
            .QuerySelectorAll(".validation-summary-errors li, .field-validation-error").Select(e => e.TextContent);
        Assert.Contains(errors, e => e.Contains("备案日期") && e.Contains("晚于今天"));
        Assert.Null((await LoadAsync(orgId)).LeaderFiledOn);

        var saved = await admin.PostFormAsync($"/admin/organizations/{orgId}", Fields(organ, today.AddDays(-10).ToString("yyyy-MM-dd")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(today.AddDays(-10), (await LoadAsync(orgId)).LeaderFiledOn);
        Assert.False((await FindingsAsync("leaderNotFiled", orgId)).ContainsKey(orgId));
    }

    [Fact]
    public async Task A_training_recorded_this_year_clears_the_no_training_flag()
    {
        var orgId = await factory.OrganAsync();
        Assert.True((await FindingsAsync("noTrainingThisYear", orgId)).ContainsKey(orgId));
        var admin = await factory.SystemAdminClientAsync();
        var today = ChinaTime.Today(factory.Clock);
        var future = await admin.PostFormAsync($"/admin/safeguards/{orgId}",
            new() { ["heldOn"] = today.AddDays(1).ToString("yyyy-MM-dd"), ["topic"] = "政府信息公开条例解读", ["participants"] = "30", ["hours"] = "2" }, $"/admin/safeguards/{orgId}?handler=Training");
        Assert.Contains("培训日期不能晚于今天", await future.Content.ReadAsStringAsync());

        var saved = await admin.PostFormAsync($"/admin/safeguards/{orgId}",
            new() { ["heldOn"] = today.ToString("yyyy-MM-dd"), ["topic"] = "政府信息公开条例解读", ["participants"] = "30", ["hours"] = "2" }, $"/admin/safeguards/{orgId}?handler=Training");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.False((await FindingsAsync("noTrainingThisYear", orgId)).ContainsKey(orgId));
        Assert.Contains("政府信息公开条例解读", await admin.GetStringAsync($"/admin/safeguards/{orgId}"));
    }
}
