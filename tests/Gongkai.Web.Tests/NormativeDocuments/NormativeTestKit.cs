using System.Net;
using Gongkai.Web.Features.NormativeDocuments;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.NormativeDocuments;

/// <summary>Creates normative documents and interpretations through the staff pages, as people do.</summary>
public static class NormativeTestKit
{
    public sealed record Created(int DocumentId, int PublicationId);

    public static async Task<HttpResponseMessage> PostNormativeAsync(this HttpClient editor, int orgId, string title, string number,
        Dictionary<string, string>? extra = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Item.Title"] = title,
            ["Item.Topic"] = "综合政务",
            ["Item.Genre"] = "通知",
            ["Item.FormedOn"] = "2026-11-20",
            ["Item.BodyHtml"] = $"<p>{title}正文第一段。</p><p>第二段。</p>",
            ["Input.DocumentNumber"] = number,
            ["Input.SignedOn"] = "2026-11-18",
            ["Input.EffectiveOn"] = "2026-11-20",
        };
        foreach (var (k, v) in extra ?? [])
        {
            fields[k] = v;
        }

        return await editor.PostFormAsync($"/admin/normative/new?org={orgId}", fields);
    }

    public static async Task<Created> CreateNormativeAsync(this GongkaiFactory factory, HttpClient editor, int orgId, string title, string number,
        Dictionary<string, string>? extra = null)
    {
        var response = await editor.PostNormativeAsync(orgId, title, number, extra);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var publicationId = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var documentId = 0;
        await factory.WithDbAsync(async db => documentId = await db.Set<NormativeDocument>().Where(d => d.PublicationId == publicationId).Select(d => d.Id).SingleAsync());
        return new Created(documentId, publicationId);
    }

    public static async Task<Created> PublishedNormativeAsync(this GongkaiFactory factory, HttpClient editor, HttpClient reviewer, int orgId, string title,
        string number, Dictionary<string, string>? extra = null)
    {
        var created = await factory.CreateNormativeAsync(editor, orgId, title, number, extra);
        await editor.PublishAsync(created.PublicationId, reviewer);
        return created;
    }

    public static async Task<int> PublishedInterpretationAsync(this HttpClient editor, HttpClient reviewer, int orgId, string title, string numbers, string form = "Text")
    {
        var response = await editor.PostFormAsync($"/admin/interpretations/new?org={orgId}", new()
        {
            ["Item.Title"] = title,
            ["Item.FormedOn"] = "2026-11-20",
            ["Item.BodyHtml"] = "<p>一问：适用范围？答：全区。</p>",
            ["Input.DocumentNumbers"] = numbers,
            ["Input.Form"] = form,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        await editor.PublishAsync(id, reviewer);
        return id;
    }

    /// <summary>Sets when an item went public, to stage history (e.g. just before National Day).</summary>
    public static Task BackdateAsync(this GongkaiFactory factory, int publicationId, DateTimeOffset at) =>
        factory.WithDbAsync(async db =>
        {
            var p = await db.Set<Publication>().SingleAsync(x => x.Id == publicationId);
            p.PublishedAt = at.ToUniversalTime();
            await db.SaveChangesAsync();
        });

    public static async Task<NormativeDocument> DocumentAsync(this GongkaiFactory factory, int id)
    {
        NormativeDocument? d = null;
        await factory.WithDbAsync(async db => d = await db.Set<NormativeDocument>().AsNoTracking().Include(x => x.Changes).SingleAsync(x => x.Id == id));
        return d!;
    }

    public static async Task<PublicationValidity> PublicationValidityAsync(this GongkaiFactory factory, int publicationId)
    {
        var v = PublicationValidity.Valid;
        await factory.WithDbAsync(async db => v = await db.Set<Publication>().Where(p => p.Id == publicationId).Select(p => p.Validity).SingleAsync());
        return v;
    }
}
