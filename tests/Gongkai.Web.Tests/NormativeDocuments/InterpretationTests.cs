using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Interpretations;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.NormativeDocuments;

public sealed class InterpretationTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task An_interpretation_is_linked_by_number_and_shown_on_both_pages()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var doc = await factory.PublishedNormativeAsync(editor, reviewer, organ, "关于促进就业的若干措施", "江津人社发〔2026〕21号",
            new() { ["Input.NeedsInterpretation"] = "true" });

        var interpretation = await editor.PublishedInterpretationAsync(reviewer, organ, "《关于促进就业的若干措施》图解", "江津人社发（2026）21号", "Graphic");

        var visitor = factory.CreateClient();
        var docPage = await visitor.GetStringAsync($"/gfxwj/{doc.DocumentId}");
        Assert.Contains($"/zcjd/{interpretation}", docPage);
        Assert.Contains("图解", docPage);
        Assert.Contains($"/gfxwj/{doc.DocumentId}", await visitor.GetStringAsync($"/zcjd/{interpretation}"));
        Assert.Contains("《关于促进就业的若干措施》图解", await visitor.GetStringAsync("/zcjd"));
        // Also 相关信息 on the platform's own item page.
        Assert.Contains($"/item/{interpretation}", await visitor.GetStringAsync($"/xxgk/{organ}/item/{doc.PublicationId}"));
        await factory.WithDbAsync(async db => Assert.Equal(InterpretationColumn.Key,
            await db.Set<Features.Publications.PublicationColumn>().Where(c => c.Id == db.Set<Features.Publications.Publication>().Single(p => p.Id == interpretation).ColumnId).Select(c => c.Key).SingleAsync()));
    }

    [Fact]
    public async Task An_unknown_number_is_refused_and_no_interpretation_is_saved()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var response = await editor.PostFormAsync($"/admin/interpretations/new?org={organ}", new()
        {
            ["Item.Title"] = "无主解读",
            ["Item.FormedOn"] = "2026-11-20",
            ["Item.BodyHtml"] = "<p>解读</p>",
            ["Input.DocumentNumbers"] = "江津无此发〔2026〕99号",
            ["Input.Form"] = "Text",
        });
        Assert.Contains("未找到发文字号为“江津无此发〔2026〕99号”", await response.Content.ReadAsStringAsync());
        await factory.WithDbAsync(async db => Assert.False(await db.Set<Features.Publications.Publication>().AnyAsync(p => p.Title == "无主解读")));
    }

    [Fact]
    public async Task The_dashboard_applies_three_working_days_across_National_Day_2026()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var needs = new Dictionary<string, string> { ["Input.NeedsInterpretation"] = "true" };
        var onTime = await factory.PublishedNormativeAsync(editor, reviewer, organ, "节前发布甲", "江津发改发〔2026〕1号", needs);
        var late = await factory.PublishedNormativeAsync(editor, reviewer, organ, "节前发布乙", "江津发改发〔2026〕2号", needs);
        var missing = await factory.PublishedNormativeAsync(editor, reviewer, organ, "节前发布丙", "江津发改发〔2026〕3号", needs);
        var i1 = await editor.PublishedInterpretationAsync(reviewer, organ, "甲的解读", "江津发改发〔2026〕1号");
        var i2 = await editor.PublishedInterpretationAsync(reviewer, organ, "乙的解读", "江津发改发〔2026〕2号");
        // All three went public on Wed 30 Sep 2026; 1–7 Oct are off, Sat 10 Oct is a make-up working day,
        // so the three working days are 8, 9 and 10 October.
        var eve = new DateTimeOffset(2026, 9, 30, 16, 0, 0, China);
        foreach (var d in new[] { onTime, late, missing })
        {
            await factory.BackdateAsync(d.PublicationId, eve);
        }

        await factory.BackdateAsync(i1, new DateTimeOffset(2026, 10, 10, 9, 0, 0, China));
        await factory.BackdateAsync(i2, new DateTimeOffset(2026, 10, 12, 9, 0, 0, China));

        var dashboard = await editor.GetStringAsync($"/admin/normative?org={organ}");

        Assert.Matches("节前发布甲</a></td>\\s*<td>2026-09-30</td>\\s*<td>2026-10-10</td>\\s*<td>2026-10-10</td>\\s*<td class=\"interpretation-status\">已按时解读", dashboard);
        Assert.Matches("节前发布乙</a></td>\\s*<td>2026-09-30</td>\\s*<td>2026-10-10</td>\\s*<td>2026-10-12</td>\\s*<td class=\"interpretation-status\">解读发布超期", dashboard);
        Assert.Matches("节前发布丙</a></td>\\s*<td>2026-09-30</td>\\s*<td>2026-10-10</td>\\s*<td>未发布</td>\\s*<td class=\"interpretation-status\">逾期未解读", dashboard);
    }
}
