using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.DisclosureGuides;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.DisclosureGuides;

public sealed class DisclosureGuideTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    private async Task<int> OrganWithOfficeAsync()
    {
        var orgId = await factory.PortalOrganAsync();
        await factory.WithDbAsync(async db =>
        {
            var organ = await db.Set<Organization>().SingleAsync(o => o.Id == orgId);
            organ.OfficeName = "办公室";
            organ.OfficeAddress = "江津区鼎山大道1号";
            organ.OfficePhone = "023-47520001";
            await db.SaveChangesAsync();
        });
        return orgId;
    }

    private static Dictionary<string, string> Fields(string holdings = "本机关持有机构职能类、政策文件类信息。") => new()
    {
        ["Input.Holdings"] = holdings,
        ["Input.Channels"] = "（一）线上渠道：江津区人民政府网站。",
        ["Input.Application"] = "（一）申请方式：当面、邮寄、网络、传真。",
        ["Input.Office"] = "机构名称：办公室\n联系电话：023-47520001",
        ["Input.OtherMatters"] = "可以投诉、举报，也可以依法申请行政复议或者提起行政诉讼。",
    };

    [Fact]
    public async Task The_edit_form_is_prefilled_with_the_disclosure_office_from_the_organ_record()
    {
        var orgId = await OrganWithOfficeAsync();
        var admin = await factory.StaffClientAsync(Unique("guide-a-"), (orgId, BusinessRole.OrganizationAdmin));
        var page = await admin.GetStringAsync($"/admin/guide/{orgId}");
        Assert.Contains("联系电话：023-47520001", page);
        Assert.Contains("办公地址：江津区鼎山大道1号", page);
        Assert.Contains("尚未编制", page);
    }

    [Fact]
    public async Task The_organs_administrator_saves_the_guide_which_is_audited_public_and_exported_to_Word()
    {
        var orgId = await OrganWithOfficeAsync();
        var admin = await factory.StaffClientAsync(Unique("guide-b-"), (orgId, BusinessRole.OrganizationAdmin));
        var reader = factory.CreateClient();
        Assert.Contains("正在编制中", await reader.GetStringAsync($"/xxgk/{orgId}/guide"));

        var response = await admin.PostFormAsync($"/admin/guide/{orgId}", Fields("<b>本机关</b>持有机构职能类信息。\n第二段。"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        // The cached public page is replaced at once.
        var page = await reader.GetStringAsync($"/xxgk/{orgId}/guide");
        Assert.Contains("一、本机关持有政府信息基本情况", page);
        Assert.Contains("<p>本机关持有机构职能类信息。</p>", page);
        Assert.Contains("<p>第二段。</p>", page);
        Assert.DoesNotContain("<b>本机关", page);

        var docx = await reader.GetAsync($"/xxgk/{orgId}/guide.docx");
        Assert.Equal(DisclosureGuidesFeature.WordType, docx.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        foreach (var heading in Gongkai.Domain.DisclosureGuides.GuideHeadingSet.Seed.Numbered)
        {
            Assert.Contains(heading, paragraphs);
        }

        Assert.Contains("联系电话：023-47520001", paragraphs);
        var section = doc.MainDocumentPart.Document.Body.Elements<SectionProperties>().Single();
        Assert.Equal(11906U, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(2098, section.GetFirstChild<PageMargin>()!.Top!.Value);

        await factory.WithDbAsync(async db => Assert.True(await db.Set<AuditEntry>()
            .AnyAsync(e => e.EventType == "guide.updated" && e.TargetId == orgId.ToString())));
    }

    [Fact]
    public async Task Another_organs_administrator_cannot_edit_the_guide()
    {
        var orgA = await OrganWithOfficeAsync();
        var orgB = await factory.PortalOrganAsync();
        var adminB = await factory.StaffClientAsync(Unique("guide-c-"), (orgB, BusinessRole.OrganizationAdmin));
        Assert.Equal(HttpStatusCode.Forbidden, (await adminB.GetAsync($"/admin/guide/{orgA}")).StatusCode);

        // Take a valid anti-forgery token from B's own page and post to A's.
        var response = await adminB.PostFormAsync($"/admin/guide/{orgB}", Fields(), $"/admin/guide/{orgA}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await factory.WithDbAsync(async db => Assert.False(await db.Set<DisclosureGuide>().AnyAsync(g => g.OrganizationId == orgA)));

        var editor = await factory.StaffClientAsync(Unique("guide-d-"), (orgA, BusinessRole.Editor));
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/admin/guide/{orgA}")).StatusCode);
    }

    [Fact]
    public async Task A_guide_not_updated_this_year_is_flagged_on_the_dashboard_and_edit_page()
    {
        var orgId = await OrganWithOfficeAsync();
        await factory.WithDbAsync(async db =>
        {
            db.Add(new DisclosureGuide
            {
                OrganizationId = orgId,
                Holdings = "旧",
                Channels = "旧",
                Application = "旧",
                Office = "旧",
                OtherMatters = "旧",
                UpdatedAt = factory.Clock.GetUtcNow().AddYears(-1),
                UpdatedBy = "someone",
            });
            await db.SaveChangesAsync();
        });
        var admin = await factory.StaffClientAsync(Unique("guide-e-"), (orgId, BusinessRole.OrganizationAdmin));
        Assert.Contains("本年度未更新", await admin.GetStringAsync("/admin"));
        Assert.Contains("本指南本年度尚未更新", await admin.GetStringAsync($"/admin/guide/{orgId}"));
        Assert.Contains("本年度未更新", await admin.GetStringAsync("/admin/guide"));

        var form = await admin.GetStringAsync($"/admin/guide/{orgId}");
        var version = System.Text.RegularExpressions.Regex.Match(form, "name=\"Input.Version\" value=\"([^\"]+)\"").Groups[1].Value;
        var fields = Fields();
        fields["Input.Version"] = version;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/guide/{orgId}", fields)).StatusCode);
        Assert.DoesNotContain("本年度未更新", await admin.GetStringAsync("/admin"));
    }
}
