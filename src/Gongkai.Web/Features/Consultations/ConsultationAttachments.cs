using System.Globalization;
using Gongkai.Domain.Consultations;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Applications.Attachments;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Publications.Attachments;
using Microsoft.EntityFrameworkCore;
using Gongkai.Web.Shared.Files;

namespace Gongkai.Web.Features.Consultations;

/// <summary>The files of a draft version. They are checked like every other upload (the allow-list,
/// leading bytes and size limits of <see cref="ApplicationAttachments"/>: PDF, OFD, Word, WPS and
/// pictures) before the version is saved, and attached in the same step that publishes the version,
/// so a published version's files never change afterwards.</summary>
public sealed class ConsultationAttachments(GongkaiDbContext db, ApplicationAttachments files, IFileStore store, AuditTrail audit,
    ConsultationCache cache, ILogger<ConsultationAttachments> log)
{
    /// <summary>The form field of the staff forms that open a consultation or revise its draft.</summary>
    public const string Field = ApplicationAttachments.Field;

    public static string AllowedList => ApplicationAttachments.AllowedList;

    public const int MaxFiles = ApplicationAttachments.MaxFiles;

    /// <summary>Checks the files a staff form posted under <see cref="Field"/>, before the version is
    /// saved; a refused file is a <see cref="FieldError"/> naming it, and then nothing is to be saved.</summary>
    public (List<(string Name, AttachmentType Type, IFormFile File)> Accepted, FieldError? Error) Check(IFormFileCollection posted)
    {
        var errors = new Dictionary<string, string>();
        var accepted = files.Check(posted.GetFiles(Field), errors);
        return errors.Count == 0 ? (accepted, null) : ([], new FieldError(Field, errors.Values.First()));
    }

    /// <summary>Stores the checked files as the files of the version just published. If the rows cannot
    /// be saved the stored bytes are removed again (the version itself is already saved).</summary>
    public async Task AttachAsync(Consultation consultation, ConsultationVersion version, List<(string Name, AttachmentType Type, IFormFile File)> accepted, CancellationToken ct)
    {
        if (accepted.Count == 0)
        {
            return;
        }

        var stored = await files.StoreAsync(accepted, ct);
        try
        {
            foreach (var file in stored)
            {
                var row = file.CopyAs<ConsultationAttachment>();
                row.VersionId = version.Id;
                db.Add(row);
            }

            audit.Record("consultation.attachmentsAdded", targetType: ConsultationService.TargetType,
                targetId: consultation.Id.ToString(CultureInfo.InvariantCulture), organizationId: consultation.OrganizationId,
                after: new { version = version.Number, files = stored.Select(f => new { f.FileName, f.Length, f.Sha256 }) });
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await files.DiscardAsync(stored);
            throw;
        }

        await cache.ChangedAsync(ct);
    }

    /// <summary>The files of the given versions, keyed by version id.</summary>
    public async Task<Dictionary<int, List<ConsultationAttachment>>> ByVersionAsync(IEnumerable<int> versionIds, CancellationToken ct)
    {
        var ids = versionIds.ToList();
        var rows = await db.Set<ConsultationAttachment>().AsNoTracking().Where(a => ids.Contains(a.VersionId)).OrderBy(a => a.Id).ToListAsync(ct);
        return rows.GroupBy(a => a.VersionId).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>A file of a consultation as a download (never rendered inline). With <paramref name="publicOn"/>
    /// (the public's download) the consultation must be public on that day (its opening day reached);
    /// without it the caller has already checked the staff member may see the organ's consultations.</summary>
    public async Task<IResult> DownloadAsync(int consultationId, int fileId, DateOnly? publicOn, CancellationToken ct)
    {
        var query = from a in db.Set<ConsultationAttachment>().AsNoTracking()
                    join v in db.Set<ConsultationVersion>() on a.VersionId equals v.Id
                    join c in db.Set<Consultation>() on v.ConsultationId equals c.Id
                    where a.Id == fileId && c.Id == consultationId
                    select new { a, c.OpensOn, c.OrganizationId };
        var found = await query.FirstOrDefaultAsync(ct);
        if (found is null || (publicOn is { } today && found.OpensOn > today))
        {
            return Shared.Problems.NotFound("未找到该附件。");
        }

        var stream = await store.OpenReadAsync(found.a.StorageKey, ct);
        if (stream is null)
        {
            log.LogError("Consultation attachment {Id} ({Key}) is missing from the file store", found.a.Id, found.a.StorageKey);
            return Shared.Problems.NotFound("附件文件缺失，请联系管理员。");
        }

        return Results.File(stream, found.a.ContentType, found.a.FileName);
    }

    /// <summary>The organ owning the consultation of a file, for the staff download's access check.</summary>
    public Task<int?> OrganOfAsync(int consultationId, CancellationToken ct) =>
        db.Set<Consultation>().Where(c => c.Id == consultationId).Select(c => (int?)c.OrganizationId).FirstOrDefaultAsync(ct);
}
