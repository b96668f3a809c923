using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Publications.Attachments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Gongkai.Web.Shared.Files;

namespace Gongkai.Web.Features.Applications.Attachments;

/// <summary>Files sent with an application. The checks are the publications' ones (allow-list,
/// leading bytes, zip limits, <c>Gongkai:Attachments:MaxMegabytes</c>; SECURITY.md S8) narrowed to
/// the types an applicant needs; the bytes go to the same GUID-named store.
/// Files from the public (no staff session) also get <see cref="PublicUploadOptions"/>: a smaller
/// size per file, a daily quota per client, <see cref="PublicUploadCheck"/> and the quota alarm.
public sealed class ApplicationAttachments(GongkaiDbContext db, IFileStore store, AuditTrail audit,
    IOptions<AttachmentOptions> options, ILogger<ApplicationAttachments> log,
    IHttpContextAccessor http, IOptions<PublicUploadOptions> publicOptions, PublicUploadQuota quota, IServiceScopeFactory scopes)
{
    public const int MaxFiles = 5;

    public const string Field = "attachments";

    private static readonly AttachmentKind[] Allowed =
        [AttachmentKind.Pdf, AttachmentKind.Ofd, AttachmentKind.Doc, AttachmentKind.Docx, AttachmentKind.Wps, AttachmentKind.Jpeg, AttachmentKind.Png];

    public static string AllowedList => string.Join("、", AttachmentTypes.All.Where(t => Allowed.Contains(t.Kind)).Select(t => t.Extension.TrimStart('.')));

    public long MaxBytes => IsPublic ? Math.Min(options.Value.MaxBytes, publicOptions.Value.MaxFileBytes) : options.Value.MaxBytes;

    /// <summary>An upload from the public form or the anonymous API, not a staff registration.</summary>
    private bool IsPublic => http.HttpContext?.User.Identity?.IsAuthenticated != true;

    private string Client => http.HttpContext is { } context ? Shared.Network.ForwardedHeaders.ClientKey(context) : "unknown";

    /// <summary>Checks every file; a refusal goes into <paramref name="errors"/> (the form shows it with the others).</summary>
    public List<(string Name, AttachmentType Type, IFormFile File)> Check(IReadOnlyList<IFormFile> files, Dictionary<string, string> errors)
    {
        var accepted = new List<(string, AttachmentType, IFormFile)>();
        if (files.Count > MaxFiles)
        {
            errors[Field] = $"最多上传{MaxFiles}个附件。";
            return accepted;
        }

        foreach (var file in files)
        {
            var name = AttachmentFileName.Sanitize(file.FileName);
            try
            {
                if (AttachmentTypes.ForFileName(name) is not { } type || !Allowed.Contains(type.Kind))
                {
                    throw new AttachmentRejectedException($"不允许上传该类型的文件。允许的类型：{AllowedList}。");
                }

                using var content = file.OpenReadStream();
                _ = AttachmentInspector.Inspect(name, content, MaxBytes);
                if (IsPublic && PublicUploadCheck.Problem(type, content) is { } problem)
                {
                    throw new AttachmentRejectedException(problem);
                }

                accepted.Add((name, type, file));
            }
            catch (AttachmentRejectedException e)
            {
                log.LogWarning("Application attachment refused: {Reason} (name {Name}, {Length} bytes)", e.Message, name, file.Length);
                errors[Field] = $"附件“{name}”：{e.Message}";
            }
        }

        if (IsPublic && accepted.Count > 0 && quota.WouldExceed(Client, accepted.Sum(f => f.Item3.Length)))
        {
            log.LogWarning("Public upload quota reached by {Client}: {Used} bytes today", Client, quota.UsedToday(Client));
            errors[Field] = $"今日从您的网络地址上传的附件已达上限（每日 {publicOptions.Value.MaxDailyMegabytesPerClient} MB），请明日再提交，或通过信函、当面方式提交申请。";
            accepted.Clear();
        }

        return accepted;
    }

    /// <summary>Writes the checked files to the store; the caller adds the rows with the application
    /// and calls <see cref="Discard"/> if that fails.</summary>
    public async Task<List<ApplicationAttachment>> StoreAsync(List<(string Name, AttachmentType Type, IFormFile File)> files, CancellationToken ct)
    {
        var stored = new List<ApplicationAttachment>();
        try
        {
            foreach (var (name, type, file) in files)
            {
                await using var content = file.OpenReadStream();
                var (key, sha256) = await store.SaveAsync(content, ct);
                stored.Add(new ApplicationAttachment { FileName = name, ContentType = type.ContentType, Length = file.Length, Sha256 = sha256, StorageKey = key });
            }
        }
        catch
        {
            await DiscardAsync(stored);
            throw;
        }

        if (IsPublic && stored.Count > 0 && quota.Record(Client, stored.Sum(a => a.Length)))
        {
            await RaiseQuotaAlarmAsync(ct);
        }

        return stored;
    }

    /// <summary>The day's public uploads passed the alarm threshold: a warning for the log watchers
    /// and an audit entry for the administrators, written in a scope of its own so that it neither
    /// waits for nor commits the application being saved.</summary>
    private async Task RaiseQuotaAlarmAsync(CancellationToken ct)
    {
        var megabytes = quota.TotalToday / 1024 / 1024;
        log.LogWarning("Public uploads today passed the alarm threshold: {Megabytes} MB (threshold {Threshold} MB)",
            megabytes, publicOptions.Value.AlarmDailyMegabytes);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditTrail>().WriteAsync("upload.quotaAlarm", success: false, targetType: "PublicUploads",
            detail: $"今日公众上传附件已达 {megabytes} MB，超过告警阈值 {publicOptions.Value.AlarmDailyMegabytes} MB（Gongkai:PublicUploads:AlarmDailyMegabytes）。", ct: ct);
    }

    /// <summary>Removes files whose rows were not saved, so no stray upload stays behind.</summary>
    public async Task DiscardAsync(IEnumerable<ApplicationAttachment> stored)
    {
        foreach (var a in stored)
        {
            await store.DeleteAsync(a.StorageKey, CancellationToken.None);
        }
    }

    public Task<List<ApplicationAttachment>> ListAsync(int applicationId, CancellationToken ct) =>
        db.Set<ApplicationAttachment>().AsNoTracking().Where(a => a.ApplicationId == applicationId).OrderBy(a => a.Id).ToListAsync(ct);

    /// <summary>The file of a case the caller has already been allowed to see; the download is a view
    /// of the applicant's personal data and is audited as one.</summary>
    public async Task<IResult> DownloadAsync(DisclosureApplication application, int attachmentId, CancellationToken ct)
    {
        var attachment = await db.Set<ApplicationAttachment>().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == attachmentId && a.ApplicationId == application.Id, ct);
        if (attachment is null)
        {
            return Shared.Problems.NotFound("未找到该附件。");
        }

        var stream = await store.OpenReadAsync(attachment.StorageKey, ct);
        if (stream is null)
        {
            log.LogError("Application attachment {Id} ({Key}) is missing from the file store", attachment.Id, attachment.StorageKey);
            return Shared.Problems.NotFound("附件文件缺失，请联系管理员。");
        }

        audit.Record("application.pi.viewed", targetType: "application", targetId: application.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            detail: $"attachment {attachment.Id} download", organizationId: application.OrganizationId);
        await db.SaveChangesAsync(ct);
        return Results.File(stream, attachment.ContentType, attachment.FileName);
    }
}
