using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Publications.Attachments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Applications.Attachments;

/// <summary>Files sent with an application. The checks are the publications' ones (allow-list,
/// leading bytes, zip limits, <c>Gongkai:Attachments:MaxMegabytes</c>; SECURITY.md S8) narrowed to
/// the types an applicant needs; the bytes go to the same GUID-named store.</summary>
public sealed class ApplicationAttachments(GongkaiDbContext db, AttachmentStore store, AuditTrail audit,
    IOptions<AttachmentOptions> options, ILogger<ApplicationAttachments> log)
{
    public const int MaxFiles = 5;

    public const string Field = "attachments";

    private static readonly AttachmentKind[] Allowed =
        [AttachmentKind.Pdf, AttachmentKind.Ofd, AttachmentKind.Doc, AttachmentKind.Docx, AttachmentKind.Wps, AttachmentKind.Jpeg, AttachmentKind.Png];

    public static string AllowedList => string.Join("、", AttachmentTypes.All.Where(t => Allowed.Contains(t.Kind)).Select(t => t.Extension.TrimStart('.')));

    public long MaxBytes => options.Value.MaxBytes;

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
                accepted.Add((name, type, file));
            }
            catch (AttachmentRejectedException e)
            {
                log.LogWarning("Application attachment refused: {Reason} (name {Name}, {Length} bytes)", e.Message, name, file.Length);
                errors[Field] = $"附件“{name}”：{e.Message}";
            }
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
            Discard(stored);
            throw;
        }

        return stored;
    }

    /// <summary>Removes files whose rows were not saved, so no stray upload stays behind.</summary>
    public void Discard(IEnumerable<ApplicationAttachment> stored)
    {
        foreach (var a in stored)
        {
            store.Delete(a.StorageKey);
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

        var stream = store.OpenRead(attachment.StorageKey);
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
