using Gongkai.Browser.Tests.Infrastructure;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests.Publications;

/// <summary>三审三校 in a real browser: an editor drafts, three different reviewers proofread and approve in turn (the last also records the 保密审查),
/// and a visitor finds the item in its column with its catalogue metadata and downloads its attachment.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublishingJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Editor_publishes_through_three_reviewers_and_a_visitor_finds_the_item_and_downloads_its_attachment()
    {
        var organ = await app.OrganizationIdAsync("区财政局");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var editor = "editor-" + suffix;
        await app.CreateStaffAsync(editor, [(organ, BusinessRole.Editor)]);
        var reviewers = new[] { "first-" + suffix, "second-" + suffix, "final-" + suffix };
        foreach (var reviewer in reviewers)
        {
            await app.CreateStaffAsync(reviewer, [(organ, BusinessRole.Reviewer)]);
        }

        var title = $"关于公布2026年区级部门预算的通知（{suffix}）";
        var page = await app.SignInAsync(editor);
        await page.GotoAsync($"/admin/publications/edit?org={organ}");
        await page.GetByLabel("所属栏目").SelectOptionAsync("item-7");
        await page.GetByLabel("标题").FillAsync(title);
        await page.GetByLabel("发文字号").FillAsync("江津财发〔2026〕8号");
        await page.GetByLabel("成文日期").FillAsync("2026-11-20");
        await page.GetByLabel("生成日期").FillAsync("2026-11-20");
        await page.GetByLabel("正文").FillAsync("<p>现将2026年区级部门预算予以公开。</p><script>alert(1)</script>");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();

        // A real PDF travels with the item; the visitor downloads it at the end.
        var pdf = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        pdf.AddPage(595, 842).AddText("Budget 2026", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 780),
            pdf.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica));
        var pdfBytes = pdf.Build();
        await page.Locator("#attachment-upload").SetInputFilesAsync(new FilePayload { Name = "2026年部门预算表.pdf", MimeType = "application/pdf", Buffer = pdfBytes });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("2026年部门预算表.pdf");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("初审");
        var itemUrl = page.Url;

        foreach (var (reviewer, stage) in reviewers.Zip(["初审", "复审", "终审"]))
        {
            var review = await app.SignInAsync(reviewer);
            await review.GotoAsync(itemUrl);
            // 三审三校: each stage's proofreading; the 保密审查 is recorded with the final review.
            await review.Locator("#proofread").CheckAsync();
            if (stage == "终审")
            {
                await review.Locator("#confidentiality-passed").CheckAsync();
            }

            await review.GetByRole(AriaRole.Button, new() { Name = $"{stage} 通过" }).ClickAsync();
            await Assertions.Expect(review.Locator("main")).Not.ToContainTextAsync($"{stage} 通过");
        }

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync($"/xxgk/{organ}");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "财政预算、决算", Exact = false }).First.ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        var main = visitor.Locator("main");
        await Assertions.Expect(main.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Assertions.Expect(main).ToContainTextAsync("江津财发〔2026〕8号");
        await Assertions.Expect(main).ToContainTextAsync("索引号");
        await Assertions.Expect(main).ToContainTextAsync("重庆市江津区财政局");
        await Assertions.Expect(main).ToContainTextAsync("现将2026年区级部门预算予以公开。");
        Assert.Equal(0, await visitor.Locator("main script").CountAsync());

        var download = await visitor.RunAndWaitForDownloadAsync(() => visitor.GetByRole(AriaRole.Link, new() { Name = "2026年部门预算表.pdf" }).ClickAsync());
        Assert.Equal("2026年部门预算表.pdf", download.SuggestedFilename);
        var saved = await download.PathAsync();
        Assert.Equal(pdfBytes, await File.ReadAllBytesAsync(saved!));
        await Accessibility.AssertNoSeriousViolationsAsync(visitor);
    }
}
