using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Domain.Organizations;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.TaskDivision;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.TaskDivision;

public sealed class TaskDivisionImportApiTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string UnknownUnitNotice =
        "2031年任务分工\n\t重点任务\t贯彻举措\t牵头单位\t责任单位\n" +
        "\t一、深化公开\t（一）做好预公开\t1．公开决策草案\t区大数据发展局\t区政府各部门\n";

    private static JsonElement MeasureAt(JsonElement preview, string path) =>
        preview.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("path").GetString() == path);

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static int[] Ints(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToArray();

    private async Task<int> CountAsync<T>()
        where T : class
    {
        var count = 0;
        await factory.WithDbAsync(async db => count = await db.Set<T>().CountAsync());
        return count;
    }

    [Fact]
    public async Task Dry_run_of_the_seed_previews_6_23_58_with_every_unit_resolved_and_saves_nothing()
    {
        var office = await factory.OfficeApiAsync();
        var before = await CountAsync<TaskMeasure>();

        var preview = await (await office.ImportTextAsync(TaskDivisionTestKit.SeedText(), dryRun: true)).OkJsonAsync();

        Assert.Equal((6, 23, 58), (preview.GetProperty("keyTaskCount").GetInt32(), preview.GetProperty("subTaskCount").GetInt32(), preview.GetProperty("measureCount").GetInt32()));
        Assert.Empty(Strings(preview.GetProperty("unresolvedUnits")));
        var first = MeasureAt(preview, "一/（一）/1");
        Assert.Equal(["区司法局", "区政务服务办"], Strings(first.GetProperty("leadUnits")));
        Assert.Equal(["区政府各部门", "各镇（街道）"], Strings(first.GetProperty("responsibleUnits")));
        Assert.Equal([await factory.OrganizationIdAsync("区司法局"), await factory.OrganizationIdAsync("区政务服务办")], Ints(first.GetProperty("leadOrganizationIds")));
        Assert.Equal("date:2020-10-30", MeasureAt(preview, "一/（二）/2").GetProperty("deadlines")[0].GetProperty("code").GetString());
        Assert.Equal(before, await CountAsync<TaskMeasure>());
    }

    [Fact]
    public async Task Collective_terms_expand_to_the_seeded_departments_towns_and_subdistricts()
    {
        var office = await factory.OfficeApiAsync();
        var expected = new Dictionary<string, int>();
        await factory.WithDbAsync(async db =>
        {
            var kinds = await db.Set<Organization>().Where(o => o.IsActive).Select(o => o.Kind).ToListAsync();
            expected["std"] = kinds.Count(k => k is OrganizationKind.Department or OrganizationKind.Town or OrganizationKind.Subdistrict);
            expected["all"] = kinds.Count(k => k is not OrganizationKind.Party);
        });

        var preview = await (await office.ImportTextAsync(TaskDivisionTestKit.SeedText(), dryRun: true)).OkJsonAsync();

        Assert.Equal(expected["std"], MeasureAt(preview, "一/（一）/1").GetProperty("responsibleOrganizationIds").GetArrayLength());
        Assert.Equal(expected["all"], MeasureAt(preview, "五/（三）/1").GetProperty("responsibleOrganizationIds").GetArrayLength());
        var healthLead = MeasureAt(preview, "四/（二）/1");
        // 区公安局、区卫生健康委 are departments too, so they appear once.
        Assert.Equal(expected["std"], healthLead.GetProperty("responsibleOrganizationIds").GetArrayLength());
    }

    [Fact]
    public async Task Word_and_Excel_files_of_the_seed_give_the_same_6_23_58()
    {
        var office = await factory.OfficeApiAsync();

        var word = await (await office.ImportFileAsync(TaskDivisionTestKit.SeedAsWord(), "任务分工.docx", dryRun: true)).OkJsonAsync();
        var excel = await (await office.ImportFileAsync(TaskDivisionTestKit.SeedAsExcel(), "任务分工.xlsx", dryRun: true)).OkJsonAsync();

        foreach (var preview in new[] { word, excel })
        {
            Assert.Equal((6, 23, 58), (preview.GetProperty("keyTaskCount").GetInt32(), preview.GetProperty("subTaskCount").GetInt32(), preview.GetProperty("measureCount").GetInt32()));
            Assert.Equal(["区司法局", "区政务服务办"], Strings(MeasureAt(preview, "一/（一）/1").GetProperty("leadUnits")));
            Assert.Equal(2020, preview.GetProperty("year").GetInt32());
        }

        Assert.Equal("江津府办发〔2020〕132号", word.GetProperty("documentNumber").GetString());
    }

    [Fact]
    public async Task Importing_the_same_notice_twice_updates_it_instead_of_duplicating()
    {
        var office = await factory.OfficeApiAsync();

        var first = await (await office.ImportTextAsync(TaskDivisionTestKit.SeedText())).OkJsonAsync();
        var measureIds = new List<int>();
        var assignments = 0;
        await factory.WithDbAsync(async db =>
        {
            measureIds = await db.Set<TaskMeasure>().Where(m => m.NoticeId == first.GetProperty("noticeId").GetInt32()).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
            assignments = await db.Set<TaskAssignment>().CountAsync(a => measureIds.Contains(a.MeasureId));
        });
        var second = await (await office.ImportTextAsync(TaskDivisionTestKit.SeedText())).OkJsonAsync();

        Assert.True(first.GetProperty("created").GetBoolean());
        Assert.False(second.GetProperty("created").GetBoolean());
        Assert.Equal(first.GetProperty("noticeId").GetInt32(), second.GetProperty("noticeId").GetInt32());
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(1, await db.Set<TaskNotice>().CountAsync(n => n.DocumentNumber == "江津府办发〔2020〕132号"));
            Assert.Equal(measureIds, await db.Set<TaskMeasure>().Where(m => m.NoticeId == first.GetProperty("noticeId").GetInt32()).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync());
            Assert.Equal(assignments, await db.Set<TaskAssignment>().CountAsync(a => measureIds.Contains(a.MeasureId)));
            Assert.Equal(2, await db.Set<AuditEntry>().CountAsync(e => e.EventType == TaskDivisionEvents.Imported && e.TargetId == first.GetProperty("noticeId").GetInt32().ToString()));
        });
    }

    [Fact]
    public async Task Unknown_units_are_listed_block_the_save_and_a_mapping_is_remembered_for_the_next_import()
    {
        var office = await factory.OfficeApiAsync();

        var preview = await (await office.ImportTextAsync(UnknownUnitNotice, dryRun: true)).OkJsonAsync();
        Assert.Equal(["区大数据发展局"], Strings(preview.GetProperty("unresolvedUnits")));

        var refused = await office.ImportTextAsync(UnknownUnitNotice);
        Assert.Contains("区大数据发展局", await refused.ProblemAsync(), StringComparison.Ordinal);
        await factory.WithDbAsync(async db => Assert.False(await db.Set<TaskNotice>().AnyAsync(n => n.Year == 2031)));

        var mapped = await office.PostAsJsonAsync("/api/v1/task-divisions/unit-mappings", new { name = "区大数据发展局", organization = "区经济信息委" });
        Assert.Equal(HttpStatusCode.OK, mapped.StatusCode);

        var saved = await (await office.ImportTextAsync(UnknownUnitNotice)).OkJsonAsync();
        Assert.Empty(Strings(saved.GetProperty("unresolvedUnits")));
        Assert.Equal([await factory.OrganizationIdAsync("区经济信息委")], Ints(saved.GetProperty("measures")[0].GetProperty("leadOrganizationIds")));
    }

    [Theory]
    [InlineData("   ", "没有通知")]
    [InlineData("关于开展培训的通知\n各单位：\n请按时参加。", "没有表格")]
    [InlineData("2020年任务分工\n\t重点任务\t贯彻举措\t牵头单位\t责任单位\n\t一、深化公开\t（一）做好预公开\t1．公开草案\t区司法局\t区政府各部门\n\t\t\t2．公开执行情况\t区政府办公室\n", "表格第 3 行")]
    public async Task Bad_input_is_refused_with_a_chinese_message_and_nothing_saved(string text, string expected)
    {
        var office = await factory.OfficeApiAsync();
        var notices = await CountAsync<TaskNotice>();

        var response = text.Trim().Length == 0
            ? await office.PostAsync("/api/v1/task-divisions/import", new StringContent(text))
            : await office.ImportTextAsync(text);

        Assert.Contains(expected, await response.ProblemAsync(), StringComparison.Ordinal);
        Assert.Equal(notices, await CountAsync<TaskNotice>());
    }

    [Fact]
    public async Task A_file_that_is_neither_office_nor_text_is_refused()
    {
        var office = await factory.OfficeApiAsync();

        var response = await office.ImportFileAsync([0xff, 0xfe, 0x00, 0x81, 0x9f, 0xc3], "notice.bin", dryRun: true);

        Assert.Contains("无法读取", await response.ProblemAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_district_office_may_import()
    {
        var editor = await factory.ApiStaffAsync((await factory.OrganizationIdAsync("区财政局"), BusinessRole.Editor));

        var response = await editor.ImportTextAsync(TaskDivisionTestKit.SeedText(), dryRun: true);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var mapping = await editor.PostAsJsonAsync("/api/v1/task-divisions/unit-mappings", new { name = "区大数据局", organization = "区财政局" });
        Assert.Equal(HttpStatusCode.Forbidden, mapping.StatusCode);
    }
}
