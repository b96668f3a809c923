using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Gongkai.Web.Shared.Files;

namespace Gongkai.Web.Features.Publications.Attachments;

/// <summary>Uploading and removing an item's attachments, and finding them for download. Editors of
/// the organ change the attachments of the working revision (a draft or a correction) while it is
/// editable; the bytes are checked (<see cref="AttachmentInspector"/>), stored under a GUID with
/// their SHA-256, their text read for the checks, and every change audit-logged.</summary>
public sealed class AttachmentService(GongkaiDbContext db, AuditTrail audit, PublicationAccess access, PublicationService publications,
    IFileStore store, AttachmentTextExtractor extractor, IOptions<AttachmentOptions> options, TimeProvider clock,
    ILogger<AttachmentService> logger)
{
    public long MaxBytes => options.Value.MaxBytes;

    public Task<List<PublicationAttachment>> ListAsync(int publicationId, int revisionNumber, CancellationToken ct = default) =>
        db.Set<PublicationAttachment>().AsNoTracking().Where(a => a.PublicationId == publicationId && a.RevisionNumber == revisionNumber)
            .OrderBy(a => a.Id).ToListAsync(ct);

    public async Task<PublicationAttachment> UploadAsync(Publication p, string? fileName, Stream content, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(p.OrganizationId, ct);
        var flow = await publications.WorkflowAsync(p, ct);
        flow.EnsureEditable();
        var working = p.WorkingRevision!;
        var name = AttachmentFileName.Sanitize(fileName);

        await using var seekable = await SeekableAsync(content, ct);
        AttachmentType type;
        try
        {
            type = AttachmentInspector.Inspect(name, seekable, MaxBytes);
        }
        catch (AttachmentRejectedException ex)
        {
            logger.LogWarning("Attachment refused for publication {Id}: {Reason} (name {Name}, {Length} bytes)", p.Id, ex.Message, name, seekable.Length);
            audit.Record("publication.attachmentRejected", success: false, targetType: PublicationService.TargetType,
                targetId: Id(p), after: new { fileName = name, length = seekable.Length }, detail: ex.Message, organizationId: p.OrganizationId);
            await db.SaveChangesAsync(ct);
            throw new PublicationRuleException(ex.Message);
        }

        var (status, text) = extractor.Extract(type.Kind, seekable);
        var (storedName, sha256) = await store.SaveAsync(seekable, ct);
        var attachment = new PublicationAttachment
        {
            PublicationId = p.Id,
            RevisionNumber = working.Number,
            FileName = name,
            Kind = type.Kind,
            ContentType = type.ContentType,
            Length = seekable.Length,
            Sha256 = sha256,
            StoredName = storedName,
            UploaderId = access.UserId!.Value,
            UploaderName = access.UserName,
            UploadedAt = clock.GetUtcNow(),
            TextStatus = status,
            ExtractedText = text,
        };
        db.Add(attachment);
        p.UpdatedAt = attachment.UploadedAt;
        audit.Record("publication.attachmentAdded", targetType: PublicationService.TargetType, targetId: Id(p),
            after: new { fileName = name, kind = type.Kind.ToString(), length = attachment.Length, sha256, revision = working.Number, text = status.ToString() },
            organizationId: p.OrganizationId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // Nothing points at the file if the row was not saved.
            await store.DeleteAsync(storedName, CancellationToken.None);
            throw;
        }

        return attachment;
    }

    public async Task RemoveAsync(Publication p, int attachmentId, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(p.OrganizationId, ct);
        var flow = await publications.WorkflowAsync(p, ct);
        flow.EnsureEditable();
        var working = p.WorkingRevision!;
        var attachment = await db.Set<PublicationAttachment>()
            .FirstOrDefaultAsync(a => a.Id == attachmentId && a.PublicationId == p.Id && a.RevisionNumber == working.Number, ct)
            ?? throw new PublicationRuleException("未找到该附件，或它不属于正在编辑的版本。");
        db.Remove(attachment);
        p.UpdatedAt = clock.GetUtcNow();
        audit.Record("publication.attachmentRemoved", targetType: PublicationService.TargetType, targetId: Id(p),
            before: new { fileName = attachment.FileName, attachment.Sha256, revision = working.Number }, organizationId: p.OrganizationId);
        await db.SaveChangesAsync(ct);

        // Earlier revisions may share the file; it goes only when no row names it any more.
        if (!await db.Set<PublicationAttachment>().AnyAsync(a => a.StoredName == attachment.StoredName, ct))
        {
            await store.DeleteAsync(attachment.StoredName, ct);
        }
    }

    /// <summary>An attachment of an item the public may see now, of its public revision.</summary>
    public async Task<PublicationAttachment?> FindPublicAsync(int orgId, int publicationId, int attachmentId, CancellationToken ct = default)
    {
        var item = await db.Set<Publication>().AsNoTracking().VisibleAt(clock.GetUtcNow())
            .Where(x => x.Id == publicationId && x.OrganizationId == orgId).Select(x => new { x.PublishedRevisionNumber }).FirstOrDefaultAsync(ct);
        return item is null
            ? null
            : await db.Set<PublicationAttachment>().AsNoTracking()
                .FirstOrDefaultAsync(a => a.Id == attachmentId && a.PublicationId == publicationId && a.RevisionNumber == item.PublishedRevisionNumber, ct);
    }

    /// <summary>An attachment of any revision, for staff who may see the organ's items.</summary>
    public async Task<PublicationAttachment?> FindForStaffAsync(int publicationId, int attachmentId, CancellationToken ct = default)
    {
        var item = await publications.FindAsync(publicationId, ct);
        return item is null
            ? null
            : await db.Set<PublicationAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.PublicationId == publicationId, ct);
    }

    /// <summary>The file as a download: always an attachment (never rendered inline), RFC 5987
    /// filename* for Chinese names, the allow-listed content type; nosniff comes from the site headers.</summary>
    public async Task<IResult> DownloadAsync(PublicationAttachment attachment, CancellationToken ct)
    {
        var stream = await store.OpenReadAsync(attachment.StoredName, ct);
        if (stream is null)
        {
            logger.LogError("Attachment {Id} ({Stored}) is missing from the file store", attachment.Id, attachment.StoredName);
            return Shared.Problems.NotFound("附件文件缺失，请联系管理员。");
        }

        return Results.File(stream, attachment.ContentType, attachment.FileName);
    }

    /// <summary>An upload as a seekable stream for <see cref="AttachmentInspector"/> and the store: copied
    /// to a temporary file (deleted on close), not to memory, since uploads may be tens of megabytes; the
    /// size limit is then checked on what arrived, not on what was declared.</summary>
    public static async Task<Stream> SeekableAsync(Stream content, CancellationToken ct)
    {
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await content.CopyToAsync(temp, ct);
        temp.Position = 0;
        return temp;
    }

    private static string Id(Publication p) => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
