using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Tests.Applications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Security;

/// <summary>Security review (anonymous uploads): the anonymous application form accepted 5 × 50 MB of anything that
/// began with %PDF. Public uploads now have their own size limit, a daily quota per client, real
/// validation of the file and an alarm when the day's total passes a threshold.</summary>
public sealed partial class PublicUploadAttackTests
{
    private static readonly byte[] OnePixelPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task FakePdfThatOnlyStartsWithTheMagicBytesIsRefused()
    {
        using var factory = new GongkaiFactory();
        var organ = await factory.NewOrganAsync();
        var fake = new byte[200_000];
        "%PDF-1.7\n"u8.CopyTo(fake);
        var html = await ApplyAsync(factory, "198.51.100.1", organ.Id, ("身份证.pdf", fake));
        Assert.Contains("PDF 文件不完整", html);

        // Even with a plausible trailer, a PDF that does not parse is refused.
        var trailer = "\nstartxref\n9\n%%EOF\n"u8.ToArray();
        trailer.CopyTo(fake, fake.Length - trailer.Length);
        Assert.Contains("PDF 文件结构无效", await ApplyAsync(factory, "198.51.100.1", organ.Id, ("身份证.pdf", fake)));

        var png = OnePixelPng.ToArray();
        png[20] = 7; // height changed without its CRC: a corrupt or hand-made header
        Assert.Contains("PNG 图片结构无效", await ApplyAsync(factory, "198.51.100.1", organ.Id, ("照片.png", png)));
        Assert.Null(await ApplicationIdAsync(factory, organ.Id));

        // A real PDF passes.
        Assert.Contains("id=\"tracking-code\"", await ApplyAsync(factory, "198.51.100.1", organ.Id, ("身份证.pdf", PublicationTestKit.Pdf("Identity proof"))));
    }

    [Fact]
    public async Task PublicFilesHaveTheirOwnSmallerSizeLimit()
    {
        using var factory = new GongkaiFactory().With("Gongkai:PublicUploads:MaxFileMegabytes", "1");
        var organ = await factory.NewOrganAsync();
        var html = await ApplyAsync(factory, "198.51.100.2", organ.Id, ("扫描件.png", Png(1024 * 1024)));
        Assert.Contains("文件超过大小限制（1 MB）", html);
        Assert.Contains("每个文件不超过 1 MB", await factory.CreateClient().GetStringAsync("/yisqgk/apply"));
    }

    [Fact]
    public async Task DailyQuotaPerClientStopsFillingTheDiskAndTheAlarmIsRaised()
    {
        using var factory = new GongkaiFactory()
            .With("Gongkai:PublicUploads:MaxDailyMegabytesPerClient", "1")
            .With("Gongkai:PublicUploads:AlarmDailyMegabytes", "1");
        var organ = await factory.NewOrganAsync();
        var file = Png(700 * 1024);

        Assert.Contains("id=\"tracking-code\"", await ApplyAsync(factory, "198.51.100.3", organ.Id, ("材料.png", file)));
        Assert.Contains("今日从您的网络地址上传的附件已达上限（每日 1 MB）", await ApplyAsync(factory, "198.51.100.3", organ.Id, ("材料.png", file)));
        Assert.Equal(0, await AlarmsAsync(factory));

        // Another client still may; the day's total then passes the alarm threshold, once.
        Assert.Contains("id=\"tracking-code\"", await ApplyAsync(factory, "198.51.100.4", organ.Id, ("材料.png", file)));
        Assert.Contains("id=\"tracking-code\"", await ApplyAsync(factory, "198.51.100.5", organ.Id, ("材料.png", file)));
        Assert.Equal(1, await AlarmsAsync(factory));
    }

    private static async Task<int> AlarmsAsync(GongkaiFactory factory)
    {
        var n = 0;
        await factory.WithDbAsync(async db => n = await db.Set<AuditEntry>().CountAsync(e => e.EventType == "upload.quotaAlarm"));
        return n;
    }

    private static async Task<int?> ApplicationIdAsync(GongkaiFactory factory, int organizationId)
    {
        int? id = null;
        await factory.WithDbAsync(async db => id = await db.Set<DisclosureApplication>().Where(a => a.OrganizationId == organizationId).Select(a => (int?)a.Id).FirstOrDefaultAsync());
        return id;
    }

    /// <summary>A valid PNG (header and end chunk with correct CRCs) padded to about <paramref name="size"/>
    /// bytes with a text chunk, as a large scan would be.</summary>
    private static byte[] Png(int size)
    {
        var text = new byte[size];
        "Comment\0"u8.CopyTo(text);
        var chunk = new byte[12 + text.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)text.Length);
        "tEXt"u8.CopyTo(chunk.AsSpan(4));
        text.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + text.Length), Crc32(chunk.AsSpan(4, 4 + text.Length)));
        return [.. OnePixelPng[..33], .. chunk, .. OnePixelPng[33..]];
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static async Task<string> ApplyAsync(GongkaiFactory factory, string peer, int organizationId, params (string Name, byte[] Content)[] files)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(PeerAddressFilter.Header, peer);
        var html = await client.GetStringAsync("/yisqgk/apply");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value)), "__RequestVerificationToken");
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["Input.Organization"] = organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ApplicantType"] = "naturalPerson",
            ["Input.ApplicantName"] = "赵六",
            ["Input.IdNumber"] = ApplicationTestKit.ValidIdNumber(),
            ["Input.Phone"] = "13900003333",
            ["Input.Description"] = "请公开某项目的环评批复。" + Guid.NewGuid().ToString("N")[..6],
            ["Input.FormWanted"] = "electronic",
            ["Input.Delivery"] = "email",
            ["Input.Email"] = "zhaoliu@example.com",
            ["Input.FormToken"] = Guid.NewGuid().ToString("N"),
        })
        {
            form.Add(new StringContent(value), key);
        }

        foreach (var (name, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"Files\"; filename=\"upload\"; filename*=UTF-8''{Uri.EscapeDataString(name)}");
            form.Add(file);
        }

        var response = await client.PostAsync("/yisqgk/apply", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        return body;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
