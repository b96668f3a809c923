using System.Net;
using System.Net.Http.Json;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.NormativeDocuments;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.NormativeDocuments;

/// <summary>A normative document is one publication plus its extension: they are saved together, and
/// the 发文字号 they both carry cannot drift apart through the platform's generic edit page or API.</summary>
public sealed class NormativeIntegrityTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string RaceTitle = "并发抢号的文件";

    [Fact]
    public async Task A_number_taken_by_someone_else_while_saving_leaves_no_orphan_publication_draft()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var other = await factory.CreateNormativeAsync(editor, organ, "他人的文件", "江津府发〔2026〕31号");
        // Between our check and our insert, another save gives 〔2026〕32号 to the other document: a
        // trigger on the publication insert plays that save inside our transaction.
        await InstallRaceAsync(other.DocumentId);
        try
        {
            var response = await editor.PostNormativeAsync(organ, RaceTitle, "江津府发〔2026〕32号");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("本次未保存任何内容", await response.Content.ReadAsStringAsync());
            await factory.WithDbAsync(async db =>
            {
                Assert.False(await db.Set<Publication>().AnyAsync(p => p.Title == RaceTitle));
                Assert.Equal(1, await db.Set<NormativeDocument>().CountAsync(d => d.OrganizationId == organ));
                Assert.Equal(31, await db.Set<NormativeDocument>().Where(d => d.Id == other.DocumentId).Select(d => d.NumberSerial).SingleAsync());
                Assert.False(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "publication.created" && e.OrganizationId == organ && e.After!.Contains(RaceTitle)));
            });
        }
        finally
        {
            await RemoveRaceAsync();
        }

        // Without the competing save the same number is free, and both parts are saved.
        var created = await factory.CreateNormativeAsync(editor, organ, RaceTitle, "江津府发〔2026〕32号");
        Assert.Equal("江津府发〔2026〕32号", (await factory.DocumentAsync(created.DocumentId)).DocumentNumber);
    }

    [Fact]
    public async Task The_generic_edit_page_shows_a_normative_number_read_only_and_refuses_to_change_it()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var doc = await factory.CreateNormativeAsync(editor, organ, "通用页面编辑的文件", "江津府发〔2026〕41号");
        var plain = await editor.CreateDraftAsync(organ, "普通信息", documentNumber: "江津府办函〔2026〕3号");

        var form = await editor.GetStringAsync($"/admin/publications/edit/{doc.PublicationId}");
        Assert.Contains("docno-kept", form);
        Assert.Contains($"/admin/normative/{doc.DocumentId}", form);
        Assert.DoesNotContain("docno-kept", await editor.GetStringAsync($"/admin/publications/edit/{plain}"));

        var changed = await editor.PostFormAsync($"/admin/publications/edit/{doc.PublicationId}", Fields("通用页面编辑的文件", "江津府发〔2026〕42号"));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("须在规范性文件页面", await changed.Content.ReadAsStringAsync());
        await AssertNumbersAsync(doc, "江津府发〔2026〕41号", "通用页面编辑的文件");

        // Other fields still save; the same number in other brackets is the same number.
        await editor.PostFormAsync($"/admin/publications/edit/{doc.PublicationId}", Fields("改了标题的文件", "江津府发[2026]41号")).ExpectRedirectAsync();
        await AssertNumbersAsync(doc, "江津府发〔2026〕41号", "改了标题的文件");

        // A plain item's number stays freely editable there.
        await editor.PostFormAsync($"/admin/publications/edit/{plain}", Fields("普通信息", "江津府办函〔2026〕4号")).ExpectRedirectAsync();
        await factory.WithDbAsync(async db =>
            Assert.Equal("江津府办函〔2026〕4号", await db.Set<Publication>().Where(p => p.Id == plain).Select(p => p.DocumentNumber).SingleAsync()));
    }

    [Fact]
    public async Task The_update_api_cannot_change_a_normative_number_and_keeps_it_when_omitted()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var doc = await factory.CreateNormativeAsync(editor, organ, "接口编辑的文件", "江津府发〔2026〕51号");
        var api = await factory.ApiStaffAsync((organ, BusinessRole.Editor));

        var changed = await api.PutAsJsonAsync($"/api/v1/publications/{doc.PublicationId}", Body("接口编辑的文件", "江津府发〔2026〕52号"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);
        Assert.Contains($"/admin/normative/{doc.DocumentId}", await changed.Content.ReadAsStringAsync());
        await AssertNumbersAsync(doc, "江津府发〔2026〕51号", "接口编辑的文件");

        var omitted = await api.PutAsJsonAsync($"/api/v1/publications/{doc.PublicationId}", Body("接口改名的文件", null));
        Assert.Equal(HttpStatusCode.OK, omitted.StatusCode);
        await AssertNumbersAsync(doc, "江津府发〔2026〕51号", "接口改名的文件");
    }

    private static Dictionary<string, string> Fields(string title, string number, string? column = null) => new()
    {
        ["Input.ColumnKey"] = column ?? NormativeService.ColumnKey,
        ["Input.Title"] = title,
        ["Input.DocumentNumber"] = number,
        ["Input.Topic"] = "综合政务",
        ["Input.Genre"] = "通知",
        ["Input.Validity"] = "Valid",
        ["Input.SignedOn"] = "2026-11-18",
        ["Input.FormedOn"] = "2026-11-20",
        ["Input.BodyHtml"] = "<p>正文</p>",
        ["Input.ScheduledFor"] = "",
    };

    private static object Body(string title, string? number) => new
    {
        column = NormativeService.ColumnKey,
        title,
        documentNumber = number,
        validity = "有效",
        signedOn = "2026-11-18",
        formedOn = "2026-11-20",
        bodyHtml = "<p>正文</p>",
    };

    private Task AssertNumbersAsync(NormativeTestKit.Created doc, string number, string title) =>
        factory.WithDbAsync(async db =>
        {
            var p = await db.Set<Publication>().Include(x => x.Revisions).SingleAsync(x => x.Id == doc.PublicationId);
            Assert.Equal(title, p.WorkingRevision!.Title);
            Assert.Equal(number, p.WorkingRevision.DocumentNumber);
            Assert.Equal(number, p.DocumentNumber);
            Assert.Equal(number, await db.Set<NormativeDocument>().Where(d => d.Id == doc.DocumentId).Select(d => d.DocumentNumber).SingleAsync());
        });

    private Task InstallRaceAsync(int otherDocumentId)
    {
        var update = $"UPDATE \"NormativeDocuments\" SET \"NumberSerial\" = 32, \"DocumentNumber\" = '江津府发〔2026〕32号' WHERE \"Id\" = {otherDocumentId}";
        var statements = GongkaiFactory.OnPostgres
            ?
            [
                "CREATE FUNCTION gfx_race() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.\"Title\" = '" + RaceTitle + "' THEN "
                    + update + "; END IF; RETURN NEW; END $$",
                "CREATE TRIGGER gfx_race AFTER INSERT ON \"Publication\" FOR EACH ROW EXECUTE FUNCTION gfx_race()",
            ]
            : new[] { "CREATE TRIGGER gfx_race AFTER INSERT ON \"Publication\" WHEN NEW.\"Title\" = '" + RaceTitle + "' BEGIN " + update + "; END" };
        return factory.WithDbAsync(async db =>
        {
            foreach (var sql in statements)
            {
                await db.Database.ExecuteSqlRawAsync(sql);
            }
        });
    }

    private Task RemoveRaceAsync() =>
        factory.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync(GongkaiFactory.OnPostgres ? "DROP TRIGGER gfx_race ON \"Publication\"" : "DROP TRIGGER gfx_race");
            if (GongkaiFactory.OnPostgres)
            {
                await db.Database.ExecuteSqlRawAsync("DROP FUNCTION gfx_race()");
            }
        });
}
