using System.Net;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.NormativeDocuments;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.NormativeDocuments;

/// <summary>立改废 and 清理 with their dates. Moves the class's clock forward, so it has its own factory.</summary>
public sealed class NormativeLifecycleTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task A_repeal_by_a_later_document_takes_effect_on_its_date_and_both_pages_show_the_relation()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var old = await factory.PublishedNormativeAsync(editor, reviewer, organ, "旧的管理办法", "江津住建发〔2026〕1号");
        var replacement = await factory.PublishedNormativeAsync(editor, reviewer, organ, "新的管理办法", "江津住建发〔2026〕7号");
        var before = factory.Clock.GetUtcNow();

        await reviewer.PostFormAsync($"/admin/normative/{old.DocumentId}", new()
        {
            ["to"] = "Repealed",
            ["on"] = before.AddDays(3).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd"),
            ["cause"] = "江津住建发[2026]7号",
            ["note"] = "由新办法替代",
        }, $"/admin/normative/{old.DocumentId}?handler=Change").ExpectRedirectAsync();

        var visitor = factory.CreateClient();
        Assert.Contains("<td id=\"validity\">有效</td>", await visitor.GetStringAsync($"/gfxwj/{old.DocumentId}"));
        Assert.Equal(PublicationValidity.Valid, await factory.PublicationValidityAsync(old.PublicationId));
        Assert.Contains("被废止于", await visitor.GetStringAsync($"/gfxwj/{old.DocumentId}"));
        Assert.Contains("废止了", await visitor.GetStringAsync($"/gfxwj/{replacement.DocumentId}"));

        factory.Clock.Advance(TimeSpan.FromDays(3));
        var expected = DateOnly.FromDateTime(before.AddDays(3).ToOffset(TimeSpan.FromHours(8)).DateTime);
        Assert.Contains($"已废止（自{expected:yyyy年M月d日}起）", await visitor.GetStringAsync($"/gfxwj/{old.DocumentId}"));
        await using (var scope = factory.Scope())
        {
            // The hosted job may already have run when the clock moved; either way the stored copy catches up.
            await scope.ServiceProvider.GetRequiredService<NormativeService>().SyncDueAsync();
        }

        Assert.Equal(PublicationValidity.Repealed, await factory.PublicationValidityAsync(old.PublicationId));
        Assert.Contains("旧的管理办法", await visitor.GetStringAsync($"/gfxwj?Filter.Org={organ}&Filter.Validity=Repealed"));
        await factory.WithDbAsync(async db => Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "normative.validityChanged" && e.TargetId == old.DocumentId.ToString())));

        // Repealed is final: a second act is refused with the reason.
        // Days have passed: the earlier sign-in has timed out, so the reviewer signs in again.
        var reviewerNow = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var again = await reviewerNow.PostFormAsync($"/admin/normative/{old.DocumentId}", new() { ["to"] = "Amended", ["on"] = expected.AddDays(1).ToString("yyyy-MM-dd") },
            $"/admin/normative/{old.DocumentId}?handler=Change");
        Assert.Contains("已废止，不能再修改", await again.Content.ReadAsStringAsync());
        Assert.Single((await factory.DocumentAsync(old.DocumentId)).Changes);
    }

    [Fact]
    public async Task An_expiry_date_passes_without_anyone_acting()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var doc = await factory.PublishedNormativeAsync(editor, reviewer, organ, "有效期一天的通告", "江津交发〔2026〕4号",
            new() { ["Input.ExpiresOn"] = today.ToString("yyyy-MM-dd") });
        var visitor = factory.CreateClient();
        Assert.Contains("<td id=\"validity\">有效</td>", await visitor.GetStringAsync($"/gfxwj/{doc.DocumentId}"));

        factory.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Contains($"失效（自{today.AddDays(1):yyyy年M月d日}起）", await visitor.GetStringAsync($"/gfxwj/{doc.DocumentId}"));
        Assert.Contains("有效期一天的通告", await visitor.GetStringAsync($"/gfxwj?Filter.Org={organ}&Filter.Validity=Expired"));
        Assert.DoesNotContain("有效期一天的通告", await visitor.GetStringAsync($"/gfxwj?Filter.Org={organ}&Filter.Validity=Valid"));
        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<NormativeService>().SyncDueAsync();
        }

        Assert.Equal(PublicationValidity.Expired, await factory.PublicationValidityAsync(doc.PublicationId));
    }

    [Fact]
    public async Task A_cleanup_is_published_as_one_act_only_when_every_document_is_marked()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var keep = await factory.PublishedNormativeAsync(editor, reviewer, organ, "继续有效的文件", "江津商务发〔2026〕1号");
        var repeal = await factory.PublishedNormativeAsync(editor, reviewer, organ, "应当废止的文件", "江津商务发〔2026〕2号");
        var expire = await factory.PublishedNormativeAsync(editor, reviewer, organ, "宣布失效的文件", "江津商务发〔2026〕3号");

        var opened = await editor.PostFormAsync($"/admin/normative?org={organ}", new() { ["title"] = "2026年度规范性文件清理" },
            $"/admin/normative?org={organ}&handler=OpenCleanup");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var cleanupPage = opened.Headers.Location!.OriginalString;
        var id = int.Parse(cleanupPage.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        await editor.PostFormAsync(cleanupPage, new()
        {
            [$"decisions[{keep.DocumentId}]"] = "Continue",
            [$"decisions[{repeal.DocumentId}]"] = "Repeal",
            [$"decisions[{expire.DocumentId}]"] = "",
        }, $"{cleanupPage}?handler=Mark").ExpectRedirectAsync();
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var on = today.AddDays(1).ToString("yyyy-MM-dd");

        var refused = await reviewer.PostFormAsync(cleanupPage, new() { ["on"] = on }, $"{cleanupPage}?handler=Publish");
        Assert.Contains("江津商务发〔2026〕3号：尚未标注清理结果", await refused.Content.ReadAsStringAsync());
        Assert.Empty((await factory.DocumentAsync(repeal.DocumentId)).Changes);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostFormAsync(cleanupPage, new() { ["on"] = on }, $"{cleanupPage}?handler=Publish")).StatusCode);

        await editor.PostFormAsync(cleanupPage, new() { [$"decisions[{expire.DocumentId}]"] = "Expire" }, $"{cleanupPage}?handler=Mark").ExpectRedirectAsync();
        await reviewer.PostFormAsync(cleanupPage, new() { ["on"] = on }, $"{cleanupPage}?handler=Publish").ExpectRedirectAsync();

        var visitor = factory.CreateClient();
        var results = await visitor.GetStringAsync($"/gfxwj/cleanups/{id}");
        Assert.Contains("应当废止的文件", results);
        Assert.Contains("宣布失效", results);
        Assert.Contains("继续有效", results);
        // Statuses change on the result's date, not when it is published.
        Assert.Contains("<td id=\"validity\">有效</td>", await visitor.GetStringAsync($"/gfxwj/{repeal.DocumentId}"));
        factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Contains("已废止", await visitor.GetStringAsync($"/gfxwj/{repeal.DocumentId}"));
        Assert.Contains("失效", await visitor.GetStringAsync($"/gfxwj/{expire.DocumentId}"));
        Assert.Contains("<td id=\"validity\">有效</td>", await visitor.GetStringAsync($"/gfxwj/{keep.DocumentId}"));
        await factory.WithDbAsync(async db => Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "normative.cleanupPublished" && e.TargetId == id.ToString())));
    }

    [Fact]
    public async Task A_publication_validity_changed_outside_the_library_is_brought_back_in_step()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(organ, BusinessRole.Reviewer);
        var doc = await factory.PublishedNormativeAsync(editor, reviewer, organ, "有效性被改动的文件", "江津水利发〔2026〕8号");
        await factory.WithDbAsync(async db =>
        {
            var p = await db.Set<Publication>().SingleAsync(x => x.Id == doc.PublicationId);
            p.Validity = PublicationValidity.Repealed;
            await db.SaveChangesAsync();
        });

        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<NormativeService>().SyncDueAsync();
        }

        Assert.Equal(PublicationValidity.Valid, await factory.PublicationValidityAsync(doc.PublicationId));
    }
}
