using System.Diagnostics;
using System.Net;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Attachments;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Shared.Privacy;
using Gongkai.Web.Tests.Applications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Gongkai.Web.Tests.Search;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gongkai.Web.Tests.Files;

/// <summary><c>scripts/backup.sh</c> and <c>scripts/restore.sh</c> on the provider the suite runs on
/// (PostgreSQL in CI's second pass: pg_dump and pg_restore onto a new, empty database): the restored
/// installation shows the same publications, decrypts the applicants' data, serves every file byte
/// for byte, reads the old data-protection keys and verifies its audit chain. Needs bash, and
/// sqlite3 or the PostgreSQL client tools, as installed by scripts/test.sh.</summary>
public sealed class BackupRestoreTests
{
    [Theory]
    [InlineData("Local")]
    [InlineData("Database")]
    public async Task Backup_restored_onto_a_fresh_installation_gives_the_same_data_keys_files_and_a_verifying_audit_chain(string store)
    {
        using var original = new GongkaiFactory().With("Gongkai:Files:Store", store);

        // A published item with an attachment, and an application with a file and encrypted personal data.
        var orgId = await original.OrganAsync();
        var editor = await original.StaffAsync(orgId, BusinessRole.Editor);
        var reviewer = await original.StaffAsync(orgId, BusinessRole.Reviewer);
        var title = PublicationTestKit.Unique("备份恢复");
        var itemId = await editor.CreateDraftAsync(orgId, title);
        var pdf = PublicationTestKit.Pdf("backup");
        await editor.UploadAsync(itemId, "公告.pdf", pdf).ExpectRedirectAsync();
        await editor.PublishAsync(itemId, reviewer);

        var organ = await original.NewOrganAsync();
        var scan = PublicationTestKit.Pdf("applicant identity proof");
        var applied = await ApplicationAttachmentTests.ApplyAsync(original.CreateClient(), organ.Id, "请公开备份测试文件。", ("身份证.pdf", scan));
        Assert.Contains("id=\"tracking-code\"", await applied.Content.ReadAsStringAsync());

        string protectedText;
        List<(int Id, string Title)> published;
        DisclosureApplication application;
        string idNumber, phone;
        int fileId, applicationFileId;
        long auditCount;
        await using (var scope = original.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.GongkaiDbContext>();
            published = (await db.Set<Publication>().AsNoTracking().Where(p => p.PublishedRevisionNumber != null).OrderBy(p => p.Id)
                .Select(p => new { p.Id, p.Title }).ToListAsync()).Select(p => (p.Id, p.Title)).ToList();
            Assert.Contains((itemId, title), published);
            fileId = await db.Set<PublicationAttachment>().Where(a => a.PublicationId == itemId).Select(a => a.Id).SingleAsync();
            application = await db.Set<DisclosureApplication>().AsNoTracking().SingleAsync(a => a.OrganizationId == organ.Id);
            applicationFileId = await db.Set<ApplicationAttachment>().Where(a => a.ApplicationId == application.Id).Select(a => a.Id).SingleAsync();
            var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
            idNumber = protector.Decrypt(application.IdNumberCipher)!;
            phone = protector.Decrypt(application.PhoneCipher)!;
            protectedText = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("backup-test").Protect("会话与表单令牌");
            var audit = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync();
            Assert.True(audit.Ok, audit.Message);
            auditCount = audit.Count;
        }

        var work = Directory.CreateTempSubdirectory("gongkai-backup-test-").FullName;
        string? restoredDatabase = null;
        try
        {
            var archive = Path.Combine(work, "backup.tar.gz");
            var restoredData = Path.Combine(work, "restored-data");
            var connection = original.Services.GetRequiredService<IConfiguration>().GetConnectionString("Gongkai");
            await BackupAsync(original, connection, archive);
            restoredDatabase = NewRestoreDatabase();
            connection = await RestoreAsync(archive, restoredData, connection, restoredDatabase);

            using var restored = new GongkaiFactory().With("Gongkai:Files:Store", store).With("Gongkai:DataDirectory", restoredData);
            if (GongkaiFactory.OnPostgres)
            {
                restored.With("ConnectionStrings:Gongkai", connection);
            }

            // The same publications, the public page and its attachment byte for byte.
            var anonymous = restored.CreateClient();
            Assert.Contains(title, await anonymous.GetStringAsync($"/xxgk/{orgId}/item/{itemId}"));
            var download = await anonymous.GetAsync($"/xxgk/{orgId}/item/{itemId}/files/{fileId}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

            await using (var scope = restored.Scope())
            {
                var db = scope.ServiceProvider.GetRequiredService<Data.GongkaiDbContext>();
                var again = (await db.Set<Publication>().AsNoTracking().Where(p => p.PublishedRevisionNumber != null).OrderBy(p => p.Id)
                    .Select(p => new { p.Id, p.Title }).ToListAsync()).Select(p => (p.Id, p.Title)).ToList();
                Assert.Equal(published, again);

                // The personal-data key came along: the applicant's data decrypts to what was given.
                var row = await db.Set<DisclosureApplication>().AsNoTracking().SingleAsync(a => a.Id == application.Id);
                var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
                Assert.Equal(idNumber, protector.Decrypt(row.IdNumberCipher));
                Assert.Equal(phone, protector.Decrypt(row.PhoneCipher));
                Assert.Equal(protector.Index(idNumber), row.IdNumberIndex);

                // The data-protection keys (in the database) came along: what the old installation
                // protected (cookies, anti-forgery tokens) the restored one reads.
                Assert.Equal("会话与表单令牌", scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("backup-test").Unprotect(protectedText));

                // The audit key came along: the chain verifies, with every entry of the backup.
                var audit = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync();
                Assert.True(audit.Ok, audit.Message);
                Assert.True(audit.Count >= auditCount, $"{audit.Count} < {auditCount}");
            }

            // The applicant's file, to a case handler of the restored installation.
            var handler = await restored.StaffClientAsync(PublicationTestKit.Unique("bk-"), (organ.Id, BusinessRole.CaseHandler));
            var file = await handler.GetAsync($"/admin/applications/{application.Id}/attachments/{applicationFileId}");
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal(scan, await file.Content.ReadAsByteArrayAsync());
        }
        finally
        {
            if (restoredDatabase is not null)
            {
                GongkaiFactory.DropPostgresDatabase(restoredDatabase);
            }

            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The usual way a cluster's database is recovered: restored from an older backup while the
    /// nodes keep their data directories, and with them search indexes that followed the lost database
    /// further than the backup goes. A node must notice that its index is ahead of the feed and rebuild
    /// it; otherwise it keeps finding what the restored database never had, and misses what is saved
    /// after the restore, whose feed ids it believes it has applied.</summary>
    [Fact]
    public async Task A_node_that_keeps_its_search_index_over_a_restore_of_an_older_backup_rebuilds_it()
    {
        using var original = new GongkaiFactory();
        var orgId = await original.PortalOrganAsync();
        var (kept, lost, fresh) = (SearchTestKit.Marker(), SearchTestKit.Marker(), SearchTestKit.Marker());
        var keptId = await original.ItemAsync(orgId, $"关于{kept}的通知");
        await original.IndexedAsync();

        var work = Directory.CreateTempSubdirectory("gongkai-backup-test-").FullName;
        string? restoredDatabase = null;
        try
        {
            var archive = Path.Combine(work, "backup.tar.gz");
            var restoredData = Path.Combine(work, "restored-data");
            var connection = original.Services.GetRequiredService<IConfiguration>().GetConnectionString("Gongkai");
            await BackupAsync(original, connection, archive);

            // Saved after the backup: lost with the database, but in the node's index.
            var lostIds = new List<int>();
            for (var i = 0; i < 5; i++)
            {
                lostIds.Add(await original.ItemAsync(orgId, $"关于{lost}的第{i}号通知"));
            }

            await original.IndexedAsync();
            Assert.Equal(lostIds.ToHashSet(), original.AllIds(lost));

            restoredDatabase = NewRestoreDatabase();
            connection = await RestoreAsync(archive, restoredData, connection, restoredDatabase);

            // The node keeps its data directory: its search index comes along, the database does not.
            CopyDirectory(Path.Combine(original.DataDirectory, "search"), Path.Combine(restoredData, "search"));
            using var restored = new GongkaiFactory().With("Gongkai:DataDirectory", restoredData);
            if (GongkaiFactory.OnPostgres)
            {
                restored.With("ConnectionStrings:Gongkai", connection);
            }

            var freshId = await restored.ItemAsync(orgId, $"关于{fresh}的通知");
            var waited = Stopwatch.StartNew();
            while (!(restored.AllIds(fresh).Contains(freshId) && restored.AllIds(lost).Count == 0) && waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100);
            }

            Assert.Empty(restored.AllIds(lost));
            Assert.Equal([freshId], restored.AllIds(fresh));
            Assert.Equal([keptId], restored.AllIds(kept));
        }
        finally
        {
            if (restoredDatabase is not null)
            {
                GongkaiFactory.DropPostgresDatabase(restoredDatabase);
            }

            Directory.Delete(work, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }

    /// <summary>An Npgsql connection string as libpq's key=value form (the scripts call pg_dump and psql).</summary>
    /// <summary>scripts/backup.sh of the application's data directory and, on PostgreSQL, of its database.</summary>
    private static Task BackupAsync(GongkaiFactory app, string? connection, string archive) =>
        GongkaiFactory.OnPostgres
            ? RunAsync("backup.sh", "--data", app.DataDirectory, "--postgres", LibpqConnInfo(connection!), "--out", archive)
            : RunAsync("backup.sh", "--data", app.DataDirectory, "--out", archive);

    /// <summary>A name for the empty database a restore goes into (null on SQLite); the caller keeps it
    /// before restoring, so that it is dropped even when the restore fails.</summary>
    private static string? NewRestoreDatabase() => GongkaiFactory.OnPostgres ? "gk_restore_" + Guid.NewGuid().ToString("N")[..12] : null;

    /// <summary>scripts/restore.sh into <paramref name="data"/> and, on PostgreSQL, into the new database
    /// <paramref name="database"/>; answers the connection string of the restored database.</summary>
    private static async Task<string?> RestoreAsync(string archive, string data, string? connection, string? database)
    {
        if (database is null)
        {
            await RunAsync("restore.sh", archive, "--data", data);
            return connection;
        }

        DatabaseTemplate.CreatePostgresDatabase(database, "template0");
        var target = new NpgsqlConnectionStringBuilder(connection) { Database = database }.ConnectionString;
        await RunAsync("restore.sh", archive, "--data", data, "--postgres", LibpqConnInfo(target));
        return target;
    }

    private static string LibpqConnInfo(string npgsql)
    {
        var b = new NpgsqlConnectionStringBuilder(npgsql);
        return $"host={b.Host} port={b.Port} dbname={b.Database} user={b.Username} password={b.Password}";
    }

    private static async Task RunAsync(string script, params string[] args)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Gongkai.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        }

        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(root, "scripts", script));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{script} exited {process.ExitCode}: {await stdout}{await stderr}");
    }
}
