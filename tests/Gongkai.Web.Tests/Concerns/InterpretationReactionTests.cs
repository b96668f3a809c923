using System.Net;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.NormativeDocuments;
using Gongkai.Web.Tests.Publications;

namespace Gongkai.Web.Tests.Concerns;

/// <summary>舆情 follow-up of interpretations on the staff interpretation dashboard.</summary>
public sealed class InterpretationReactionTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task A_reaction_found_after_publication_and_its_response_show_on_the_dashboard()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        await factory.PublishedNormativeAsync(editor, reviewer, organ, "关于调整公租房租金的通知", "江津住建发〔2026〕31号");
        var interpretation = await editor.PublishedInterpretationAsync(reviewer, organ, "《关于调整公租房租金的通知》解读", "江津住建发〔2026〕31号");
        var page = $"/admin/interpretations/{interpretation}/reactions";

        await editor.PostFormAsync(page, new()
        {
            ["FoundOn"] = "2026-11-25",
            ["Source"] = "区长信箱、本地论坛",
            ["Summary"] = "多名网友询问租金上调是否适用已签合同",
        }, $"{page}?handler=Record").ExpectRedirectAsync();

        var dashboard = await editor.GetStringAsync($"/admin/normative?org={organ}");
        Assert.Contains("解读舆情跟踪", dashboard);
        Assert.Matches("《关于调整公租房租金的通知》解读</a></td>\\s*<td>[0-9-]+</td>\\s*<td class=\"reaction-count\">1</td>\\s*<td class=\"reaction-open\">1</td>\\s*<td>2026-11-25</td>", dashboard);
        var list = await editor.GetStringAsync(page);
        Assert.Contains("多名网友询问租金上调是否适用已签合同", list);

        var reactionId = System.Text.RegularExpressions.Regex.Match(list, "name=\"reactionId\" value=\"(\\d+)\"").Groups[1].Value;
        await editor.PostFormAsync(page, new() { ["reactionId"] = reactionId, ["ResponseText"] = "已在解读中补充问答：已签合同按原租金执行至到期。", ["RespondedOn"] = "2026-11-26" },
            $"{page}?handler=Respond").ExpectRedirectAsync();
        dashboard = await editor.GetStringAsync($"/admin/normative?org={organ}");
        Assert.Matches("<td class=\"reaction-count\">1</td>\\s*<td class=\"reaction-open\">0</td>", dashboard);
        Assert.Contains("已签合同按原租金执行至到期", await editor.GetStringAsync(page));
    }

    [Fact]
    public async Task A_reaction_without_source_is_refused_and_another_organ_cannot_record()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        await factory.PublishedNormativeAsync(editor, reviewer, organ, "关于停车收费的通知", "江津交通发〔2026〕7号");
        var interpretation = await editor.PublishedInterpretationAsync(reviewer, organ, "停车收费解读", "江津交通发〔2026〕7号");
        var page = $"/admin/interpretations/{interpretation}/reactions";

        var response = await editor.PostFormAsync(page, new() { ["FoundOn"] = "2026-11-25", ["Source"] = "", ["Summary"] = "质疑收费标准" }, $"{page}?handler=Record");
        Assert.Contains("请填写舆情来源", await response.Content.ReadAsStringAsync());

        var outsider = await factory.StaffAsync(await factory.OrganAsync(), BusinessRole.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync(page)).StatusCode);
    }
}
