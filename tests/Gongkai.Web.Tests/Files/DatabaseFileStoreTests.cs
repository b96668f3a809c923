using System.Net;
using System.Security.Cryptography;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Attachments;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Shared.Files;
using Gongkai.Web.Tests.Applications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Gongkai.Web.Tests.Files;

/// <summary>The application with <c>Gongkai:Files:Store=Database</c>: uploads go into the database's
/// chunk table (on whichever provider the suite runs), nothing into the data directory's folder.</summary>
public sealed class DatabaseStoreFactory : GongkaiFactory
{
    public DatabaseStoreFactory() => With("Gongkai:Files:Store", "Database");
}

/// <summary>Files in the shared database store: what staff and the public upload through the real
/// pages comes back byte for byte, large files are cut into chunks and read chunk by chunk, refused
/// uploads leave nothing, and <c>--migrate-files</c> moves the files of a local installation in.</summary>
public sealed class DatabaseFileStoreTests(DatabaseStoreFactory factory, ITestOutputHelper output) : IClassFixture<DatabaseStoreFactory>
{
    private const int ChunkBytes = 256 * 1024;

    private async Task<(int OrgId, HttpClient Editor, int Id)> DraftAsync()
    {
        var orgId = await factory.OrganAsync();
        var editor = await factory.StaffAsync(orgId, BusinessRole.Editor);
        return (orgId, editor, await editor.CreateDraftAsync(orgId, PublicationTestKit.Unique("库存附件")));
    }

    private async Task<T> DbAsync<T>(Func<Data.GongkaiDbContext, Task<T>> query)
    {
        T result = default!;
        await factory.WithDbAsync(async db => result = await query(db));
        return result;
    }

    private Task<int> StoredFileCountAsync() => DbAsync(db => db.Set<StoredFile>().CountAsync());

    private string[] LocalFiles() =>
        Directory.Exists(Path.Combine(factory.DataDirectory, "files")) ? Directory.GetFiles(Path.Combine(factory.DataDirectory, "files")) : [];

    /// <summary>A scanned picture of the given size: JPEG-headed random content (incompressible, like
    /// real scans; no text to extract, so the test measures the store, not the PDF reader).</summary>
    private static byte[] Scan(int length)
    {
        var bytes = RandomNumberGenerator.GetBytes(length);
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        return bytes;
    }

    [Fact]
    public async Task Publication_attachment_is_stored_in_the_database_and_downloads_byte_identical()
    {
        var (_, editor, id) = await DraftAsync();
        var pdf = PublicationTestKit.Pdf("stored in the database");
        await editor.UploadAsync(id, "通知.pdf", pdf).ExpectRedirectAsync();

        var row = await DbAsync(db => db.Set<PublicationAttachment>().AsNoTracking().SingleAsync(a => a.PublicationId == id));
        var stored = await DbAsync(db => db.Set<StoredFile>().AsNoTracking().SingleAsync(f => f.Key == row.StoredName));
        Assert.Equal(pdf.Length, stored.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), stored.Sha256);
        Assert.Equal(row.Sha256, stored.Sha256);
        Assert.DoesNotContain(LocalFiles(), f => f.EndsWith(row.StoredName.ToString("N"), StringComparison.Ordinal));

        var download = await editor.GetAsync($"/admin/publications/{id}/files/{row.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Application_file_sent_online_is_stored_in_the_database_and_the_case_handler_downloads_it_byte_identical()
    {
        var organ = await factory.NewOrganAsync();
        var pdf = PublicationTestKit.Pdf("identity proof");
        var response = await ApplicationAttachmentTests.ApplyAsync(factory.CreateClient(), organ.Id, "请公开2026年预算。", ("身份证.pdf", pdf));
        Assert.Contains("id=\"tracking-code\"", await response.Content.ReadAsStringAsync());

        var id = await DbAsync(db => db.Set<DisclosureApplication>().Where(a => a.OrganizationId == organ.Id).Select(a => a.Id).SingleAsync());
        var row = await DbAsync(db => db.Set<ApplicationAttachment>().AsNoTracking().SingleAsync(a => a.ApplicationId == id));
        Assert.True(await DbAsync(db => db.Set<StoredFile>().AnyAsync(f => f.Key == row.StorageKey)));

        var handler = await factory.StaffClientAsync(PublicationTestKit.Unique("fs-"), (organ.Id, BusinessRole.CaseHandler));
        var download = await handler.GetAsync($"/admin/applications/{id}/attachments/{row.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Large_file_is_written_in_256_KB_chunks_and_read_back_one_chunk_at_a_time()
    {
        var (_, editor, id) = await DraftAsync();
        var big = Scan((6 * 1024 * 1024) + 12_345);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await editor.UploadAsync(id, "扫描件.jpg", big).ExpectRedirectAsync();
        output.WriteLine($"upload of {big.Length} bytes through the page: {clock.ElapsedMilliseconds} ms");
        var row = await DbAsync(db => db.Set<PublicationAttachment>().AsNoTracking().SingleAsync(a => a.PublicationId == id));

        var chunks = await DbAsync(db => db.Set<StoredFileChunk>().Where(c => c.FileKey == row.StoredName)
            .Select(c => new { c.Number, c.Data.Length }).OrderBy(c => c.Number).ToListAsync());
        Assert.Equal(25, chunks.Count); // 24 full chunks and the rest
        Assert.Equal(Enumerable.Range(0, 25), chunks.Select(c => c.Number));
        Assert.All(chunks.SkipLast(1), c => Assert.Equal(ChunkBytes, c.Length));
        Assert.Equal(12_345, chunks[^1].Length);

        // Reading the start fetches one chunk only; reading on fetches the rest as needed.
        await using (var scope = factory.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IFileStore>();
            await using var stream = await store.OpenReadAsync(row.StoredName, CancellationToken.None);
            var file = Assert.IsType<DatabaseFileStream>(stream);
            Assert.Equal(big.Length, file.Length);
            var head = new byte[1000];
            await file.ReadExactlyAsync(head);
            Assert.Equal(1, file.ChunksRead);
            Assert.Equal(big[..1000], head);
            file.Position = big.Length - 10;
            var tail = new byte[10];
            await file.ReadExactlyAsync(tail);
            Assert.Equal(2, file.ChunksRead);
            Assert.Equal(big[^10..], tail);
        }

        clock.Restart();
        var download = await editor.GetAsync($"/admin/publications/{id}/files/{row.Id}");
        output.WriteLine($"download of {big.Length} bytes: {clock.ElapsedMilliseconds} ms");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(big.Length, download.Content.Headers.ContentLength);
        Assert.Equal(big, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Refused_uploads_leave_nothing_in_the_store()
    {
        var before = await StoredFileCountAsync();
        var (_, editor, id) = await DraftAsync();
        var exe = new byte[512];
        "MZ"u8.CopyTo(exe);
        var refused = await editor.UploadAsync(id, "通知.pdf", exe);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);

        var organ = await factory.NewOrganAsync();
        var response = await ApplicationAttachmentTests.ApplyAsync(factory.CreateClient(), organ.Id, "请公开某文件。", ("假.pdf", exe));
        Assert.DoesNotContain("id=\"tracking-code\"", await response.Content.ReadAsStringAsync());

        Assert.Equal(before, await StoredFileCountAsync());
        Assert.Equal(0, await DbAsync(db => db.Set<StoredFileChunk>().CountAsync(c => !db.Set<StoredFile>().Any(f => f.Key == c.FileKey))));
    }

    [Fact]
    public async Task Migrate_files_copies_local_files_into_the_database_verified_and_the_app_serves_them_again()
    {
        // A file of an installation that ran on the local store: its row exists, its bytes are in
        // the data directory's folder and not (yet) in the database.
        var (_, editor, id) = await DraftAsync();
        var scan = Scan(700_000);
        await editor.UploadAsync(id, "旧附件.jpg", scan).ExpectRedirectAsync();
        var row = await DbAsync(db => db.Set<PublicationAttachment>().AsNoTracking().SingleAsync(a => a.PublicationId == id));
        await using (var scope = factory.Scope())
        {
            var local = scope.ServiceProvider.GetRequiredService<LocalFileStore>();
            await using (var content = new MemoryStream(scan))
            {
                await local.PutAsync(row.StoredName, content, CancellationToken.None);
            }

            await scope.ServiceProvider.GetRequiredService<IFileStore>().DeleteAsync(row.StoredName, CancellationToken.None);
        }

        var link = $"/admin/publications/{id}/files/{row.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(link)).StatusCode);

        var output = new StringWriter();
        Assert.Equal(0, await FileStoreMigration.RunAsync(factory.Services, output));
        Assert.Contains("校验失败 0 个", output.ToString());
        Assert.Contains("存储中缺少 0 个", output.ToString());

        var download = await editor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(scan, await download.Content.ReadAsByteArrayAsync());

        // Idempotent: a second run copies nothing and changes nothing.
        var again = new StringWriter();
        Assert.Equal(0, await FileStoreMigration.RunAsync(factory.Services, again));
        Assert.Contains("新复制 0 个", again.ToString());
        Assert.Equal(scan, await (await editor.GetAsync(link)).Content.ReadAsByteArrayAsync());
    }
}
