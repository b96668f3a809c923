using System.Net;
using System.Net.Http.Json;
using Gongkai.Domain.PowerLists;
using Gongkai.Web.Features.PowerLists;
using Gongkai.Web.Shared;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Gongkai.Web.Tests.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.PowerLists;

public sealed class PowerListTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static string Prefix() => "T" + Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();

    private async Task<int> ItemCountAsync(int orgId)
    {
        var count = 0;
        await factory.WithDbAsync(async db => count = await db.Set<PowerItem>().CountAsync(i => i.OrganizationId == orgId));
        return count;
    }

    private string Today(int days = 0) => ChinaTime.Today(factory.Clock).AddDays(days).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_200_row_workbook_with_every_type_previews_saves_for_review_and_is_public_once_approved()
    {
        var organ = await factory.OrganWithStaffAsync();
        var prefix = Prefix();
        var items = PowerListTestKit.Items(prefix, 200);
        // Full-width digits, as copied from a provincial document, are read as the same code.
        items[0][0] = items[0][0].Replace("0001", "０００１", StringComparison.Ordinal);
        var file = PowerListTestKit.Workbook(items);

        var preview = await organ.Editor.UploadAsync(organ.Id, file, "权责清单.xlsx", dryRun: true);
        var body = await preview.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(200, body.GetProperty("imported").GetInt32());
        Assert.Equal(0, body.GetProperty("failed").GetInt32());
        // Title row and blank row above the header: the first item is on row 4 as Excel shows it.
        Assert.Equal(4, body.GetProperty("rows")[0].GetProperty("row").GetInt32());
        Assert.Equal(0, await ItemCountAsync(organ.Id));

        var saved = await (await organ.Editor.UploadAsync(organ.Id, file, "权责清单.xlsx", dryRun: false)).JsonAsync();
        Assert.Equal(200, await ItemCountAsync(organ.Id));
        // Awaiting review: not public yet, and the editor cannot approve it.
        Assert.Equal(0, (await factory.ListAsync($"organization={organ.Id}")).GetProperty("total").GetInt32());
        var batchId = saved.GetProperty("batchId").GetInt32();
        Assert.Equal(HttpStatusCode.Forbidden, (await organ.Editor.PostAsync($"/api/v1/power-lists/{organ.Id}/batches/{batchId}/approve", null)).StatusCode);

        await organ.ApproveAsync(batchId);
        var list = await factory.ListAsync($"organization={organ.Id}&pageSize=100");
        Assert.Equal(200, list.GetProperty("total").GetInt32());
        var counts = list.GetProperty("counts");
        foreach (var type in PowerTypes.InOrder)
        {
            Assert.True(counts.GetProperty(PowerTypes.Code(type)).GetInt32() > 0, PowerTypes.Name(type));
        }

        Assert.Equal(200, PowerTypes.InOrder.Sum(t => counts.GetProperty(PowerTypes.Code(t)).GetInt32()));
        Assert.Contains(prefix + "0001", (await factory.ListAsync($"organization={organ.Id}&q={prefix}0001")).Codes());
        var licences = await factory.ListAsync($"organization={organ.Id}&type=licence&pageSize=100");
        Assert.All(licences.GetProperty("items").EnumerateArray(), i => Assert.Equal("行政许可", i.GetProperty("typeName").GetString()));

        var reader = factory.CreateClient();
        var page = await reader.GetStringAsync($"/xxgk/{organ.Id}/power-list");
        Assert.Contains($"行政许可（{counts.GetProperty("licence").GetInt32()}）", page);
        Assert.Contains("公共服务", page);
        var filtered = await reader.GetStringAsync($"/xxgk/{organ.Id}/power-list?type=penalty");
        Assert.DoesNotContain("行政许可事项", filtered);
        Assert.Contains("行政处罚事项", filtered);

        // The export is in the import layout: it reads back as the same 200 items.
        var export = await reader.GetByteArrayAsync($"/xxgk/{organ.Id}/power-list.xlsx");
        var (rows, error) = PowerListsApi.FromFile(export, "export.xlsx");
        Assert.Null(error);
        Assert.Equal(200, rows!.Count(r => r.Ok));
        Assert.Contains(rows!, r => r.Item!.Code == prefix + "0001" && r.Item.HandlingUnit == "行政审批科");
    }

    [Fact]
    public async Task A_list_with_bad_rows_saves_nothing_and_names_each_row_and_column()
    {
        var organ = await factory.OrganWithStaffAsync();
        var prefix = Prefix();
        var items = PowerListTestKit.Items(prefix, 6);
        items[1][3] = "";                                  // row 3: no 设定依据
        items[2][2] = "行政审核";                          // row 4: not a 权力类型
        items[3][0] = items[0][0].Replace("0", "０", StringComparison.Ordinal); // row 5: row 2's code, full-width
        items[4][3] = "有关法律法规";                      // row 6: vague basis
        var response = await organ.Editor.UploadCsvAsync(organ.Id, PowerListTestKit.Csv(items));
        var body = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(4, body.GetProperty("failed").GetInt32());
        Assert.False(body.GetProperty("saved").GetBoolean());
        var errors = body.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)).ToList();
        Assert.Contains(errors, e => e.StartsWith("第 3 行“设定依据”列：不能为空", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("第 4 行“权力类型”列：“行政审核”不是权力类型", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("第 5 行“事项编码”列", StringComparison.Ordinal) && e.Contains("与第 2 行重复"));
        Assert.Contains(errors, e => e.StartsWith("第 6 行“设定依据”列：“有关法律法规”过于笼统", StringComparison.Ordinal));
        Assert.Equal(0, await ItemCountAsync(organ.Id));
    }

    [Fact]
    public async Task Files_that_are_not_power_lists_are_refused_with_a_clear_message()
    {
        var organ = await factory.OrganWithStaffAsync();
        var items = PowerListTestKit.Items(Prefix(), 3);

        var noName = PowerListTestKit.Workbook(items, header: ["序号", "事项编码", "权力类型", "设定依据"]);
        var response = await organ.Editor.UploadAsync(organ.Id, noName, "list.xlsx", dryRun: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("第 3 行是表头，但缺少“事项名称”列", (await response.JsonAsync()).GetProperty("detail").GetString());

        var notAList = PowerListTestKit.Workbook([["甲", "乙"]], header: ["姓名", "电话"]);
        response = await organ.Editor.UploadAsync(organ.Id, notAList, "通讯录.xlsx", dryRun: true);
        Assert.Contains("没有找到表头", (await response.JsonAsync()).GetProperty("detail").GetString());

        response = await organ.Editor.UploadAsync(organ.Id, "PK\u0003\u0004garbage"u8.ToArray(), "list.xlsx", dryRun: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        response = await organ.Editor.UploadAsync(organ.Id, [1, 2, 3], "list.xls", dryRun: true);
        Assert.Contains(".xls", (await response.JsonAsync()).GetProperty("detail").GetString());

        // A two-row header under merged cells: 实施主体 spans 实施机关 and 承办机构.
        var csv = "权责清单\r\n\r\n事项编码,事项名称,权力类型,设定依据,实施主体,\r\n,,,,实施机关,承办机构\r\n"
            + "QL-1,某项许可,行政许可,《中华人民共和国行政许可法》第十二条,某某局,审批科\r\n,,,,,\r\n";
        response = await organ.Editor.UploadCsvAsync(organ.Id, csv, dryRun: true);
        var body = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, body.GetProperty("imported").GetInt32());
        Assert.Equal(5, body.GetProperty("rows")[0].GetProperty("row").GetInt32());

        // The JSON form with API codes, and an unknown code.
        response = await organ.Editor.PostAsJsonAsync($"/api/v1/power-lists/{organ.Id}/import?dryRun=true", new object[]
        {
            new { code = "J1", name = "某项处罚", type = "penalty", basis = "《中华人民共和国行政处罚法》第八条" },
            new { code = "J2", name = "某项服务", type = "service", basis = "《某条例》第三条" },
        });
        body = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(body.GetProperty("rows")[0].GetProperty("ok").GetBoolean());
        Assert.Contains("第 2 行“权力类型”列：“service”不是权力类型", body.GetProperty("rows")[1].GetProperty("errors")[0].GetString());
        Assert.Equal(0, await ItemCountAsync(organ.Id));
    }

    [Fact]
    public async Task A_cancellation_takes_the_item_off_the_list_on_its_date_and_its_page_shows_why()
    {
        var organ = await factory.OrganWithStaffAsync();
        var prefix = Prefix();
        var items = PowerListTestKit.Items(prefix, 3);
        await organ.PublishAsync(items);
        var code = items[0][0];
        await organ.AdjustAsync(new { kind = "cancel", code, effectiveOn = Today(3), basis = "渝府发〔2026〕12号 取消该事项" });

        var before = await factory.ListAsync($"organization={organ.Id}&q={code}");
        Assert.Equal([code], before.Codes());
        var id = before.GetProperty("items")[0].GetProperty("id").GetInt32();

        factory.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Empty((await factory.ListAsync($"organization={organ.Id}&q={code}")).Codes());
        Assert.Equal([code], (await factory.ListAsync($"organization={organ.Id}&q={code}&includeCancelled=true")).Codes());
        Assert.Equal(2, (await factory.ListAsync($"organization={organ.Id}")).GetProperty("total").GetInt32());

        var page = await factory.CreateClient().GetStringAsync($"/xxgk/{organ.Id}/power-list/{id}");
        Assert.Contains($"本事项已于 {Today()} 取消", page);
        Assert.Contains("渝府发〔2026〕12号", page);
        var history = await (await factory.CreateClient().GetAsync($"/api/v1/power-lists/{organ.Id}/adjustments")).JsonAsync();
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("kind").GetString() == "cancel" && h.GetProperty("code").GetString() == code);
    }

    [Fact]
    public async Task A_transfer_moves_the_item_to_the_other_organ_on_its_date_with_both_histories()
    {
        var giver = await factory.OrganWithStaffAsync();
        var taker = await factory.OrganWithStaffAsync();
        var prefix = Prefix();
        var items = PowerListTestKit.Items(prefix, 2);
        await giver.PublishAsync(items);
        var code = items[1][0];
        await giver.AdjustAsync(new { kind = "change", code, effectiveOn = Today(), basis = "区政府常务会议纪要", item = new { phone = "023-47500000" } });
        await giver.AdjustAsync(new { kind = "transfer", code, effectiveOn = Today(1), basis = "江津府发〔2026〕5号 下放至镇街", toOrganization = taker.Id.ToString() });

        Assert.Equal([code], (await factory.ListAsync($"organization={giver.Id}&q={code}")).Codes());
        Assert.Empty((await factory.ListAsync($"organization={taker.Id}&q={code}")).Codes());

        factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty((await factory.ListAsync($"organization={giver.Id}&q={code}")).Codes());
        var moved = await factory.ListAsync($"organization={taker.Id}&q={code}");
        Assert.Equal([code], moved.Codes());

        var reader = factory.CreateClient();
        var page = await reader.GetStringAsync(moved.GetProperty("items")[0].GetProperty("url").GetString());
        Assert.Contains("承接", page);
        Assert.Contains("下放", page);
        Assert.Contains("023-47500000", page);
        Assert.Contains("监督电话：（空） → 023-47500000", page);
        var giverHistory = await (await reader.GetAsync($"/api/v1/power-lists/{giver.Id}/adjustments")).JsonAsync();
        var takerHistory = await (await reader.GetAsync($"/api/v1/power-lists/{taker.Id}/adjustments")).JsonAsync();
        Assert.Contains(giverHistory.EnumerateArray(), h => h.GetProperty("kind").GetString() == "transfer" && h.GetProperty("kindName").GetString() == "下放");
        Assert.Contains(giverHistory.EnumerateArray(), h => h.GetProperty("kind").GetString() == "change");
        Assert.Contains(takerHistory.EnumerateArray(), h => h.GetProperty("kindName").GetString() == "承接" && h.GetProperty("code").GetString() == code);
    }

    [Fact]
    public async Task Site_search_finds_an_item_by_its_name_and_by_its_code()
    {
        var organ = await factory.OrganWithStaffAsync();
        var marker = SearchTestKit.Marker();
        var prefix = Prefix();
        var items = PowerListTestKit.Items(prefix, 2, marker);
        await organ.PublishAsync(items);
        await factory.IndexedAsync();

        var reader = factory.CreateClient();
        var byName = await reader.SearchApiAsync(SearchTestKit.Q(items[0][1]));
        Assert.Contains(byName.GetProperty("items").EnumerateArray(), i => i.GetProperty("kind").GetString() == PowerItemSearchSource.SourceKind
            && i.GetProperty("title").GetString() == items[0][1]);
        var byCode = await reader.SearchApiAsync(SearchTestKit.Q(items[1][0]));
        Assert.Equal(items[1][1], byCode.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_organs_editor_cannot_touch_another_organs_list()
    {
        var mine = await factory.OrganWithStaffAsync();
        var theirs = await factory.OrganWithStaffAsync();
        var items = PowerListTestKit.Items(Prefix(), 2);
        await theirs.PublishAsync(items);

        Assert.Equal(HttpStatusCode.Forbidden, (await mine.Editor.UploadCsvAsync(theirs.Id, PowerListTestKit.Csv(PowerListTestKit.Items(Prefix(), 2)))).StatusCode);
        var cancel = await mine.Editor.PostAsJsonAsync($"/api/v1/power-lists/{theirs.Id}/adjustments", new { kind = "cancel", code = items[0][0], effectiveOn = Today(), basis = "无" });
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        var pending = await (await theirs.Editor.UploadCsvAsync(theirs.Id, PowerListTestKit.Csv(PowerListTestKit.Items(Prefix(), 1)))).JsonAsync();
        var approve = await mine.Reviewer.PostAsync($"/api/v1/power-lists/{theirs.Id}/batches/{pending.GetProperty("batchId").GetInt32()}/approve", null);
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        // Its own batch id under the other organ's path is not found either.
        var wrongPath = await mine.Reviewer.PostAsync($"/api/v1/power-lists/{mine.Id}/batches/{pending.GetProperty("batchId").GetInt32()}/approve", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongPath.StatusCode);
        Assert.Equal(2, (await factory.ListAsync($"organization={theirs.Id}")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync($"/api/v1/power-lists/{theirs.Id}/import", Array.Empty<object>())).StatusCode);
    }

    [Fact]
    public async Task The_functions_column_links_to_the_organs_list_and_the_district_page_filters_by_organ_and_type()
    {
        var organ = await factory.OrganWithStaffAsync();
        var marker = SearchTestKit.Marker();
        await organ.PublishAsync(PowerListTestKit.Items(Prefix(), 11, marker));
        var reader = factory.CreateClient();
        Assert.Contains($"/xxgk/{organ.Id}/power-list", await reader.GetStringAsync($"/xxgk/{organ.Id}/item-2"));

        var district = await reader.GetStringAsync($"/qzqd?organization={organ.Id}&type=licence");
        Assert.Contains($"{marker}行政许可事项", district);
        Assert.DoesNotContain($"{marker}行政处罚事项", district);
        Assert.Contains($"{marker}行政处罚事项", await reader.GetStringAsync($"/qzqd?organization={organ.Id}&q={Uri.EscapeDataString(marker)}"));
        var file = await reader.GetByteArrayAsync($"/qzqd.xlsx?organization={organ.Id}&type=licence");
        var (rows, _) = PowerListsApi.FromFile(file, "qzqd.xlsx");
        Assert.Single(rows!);
    }
}
