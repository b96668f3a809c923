using System.Globalization;
using Gongkai.Domain.Publications;
using Gongkai.Domain.ServiceGuides;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Publications.Attachments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Gongkai.Web.Shared.Files;

namespace Gongkai.Web.Features.ServiceGuides;

/// <summary>Writing, submitting, reviewing and withdrawing guides, and their uploads. Editors save
/// drafts (only the shape is checked) and submit them; a submission, and a reviewer's approval, are
/// refused while <see cref="ServiceGuideRules.ForReview"/> finds anything, so a vague phrase cannot be
/// approved. Every change is audited. Callers check <see cref="ServiceGuideAccess"/> first.</summary>
public sealed class ServiceGuideService(GongkaiDbContext db, ServiceGuideAccess access, AuditTrail audit, ServiceGuideCache cache,
    IFileStore store, IOptions<AttachmentOptions> attachmentOptions, TimeProvider clock, ILogger<ServiceGuideService> log)
{
    public const string TargetType = "serviceGuide";

    /// <summary>A form or sample is a few pages; the district's own attachment limit applies when lower.</summary>
    public const long MaxFileMegabytes = 10;

    private static readonly AttachmentKind[] FormKinds =
        [AttachmentKind.Pdf, AttachmentKind.Ofd, AttachmentKind.Doc, AttachmentKind.Docx, AttachmentKind.Wps, AttachmentKind.Xls, AttachmentKind.Xlsx, AttachmentKind.Et];

    private static readonly AttachmentKind[] ChartKinds = [AttachmentKind.Png, AttachmentKind.Jpeg, AttachmentKind.Pdf];

    public long MaxFileBytes => Math.Min(attachmentOptions.Value.MaxBytes, MaxFileMegabytes * 1024 * 1024);

    public static string AllowedList(GuideFileKind kind) =>
        string.Join("、", AttachmentTypes.All.Where(t => (kind == GuideFileKind.FlowChart ? ChartKinds : FormKinds).Contains(t.Kind)).Select(t => t.Extension.TrimStart('.')));

    public async Task<VaguePhrases> PhrasesAsync(CancellationToken ct = default)
    {
        var text = await db.Set<ServiceGuideSettings>().AsNoTracking().Where(s => s.Id == ServiceGuideSettings.SingletonId)
            .Select(s => s.VaguePhrases).FirstOrDefaultAsync(ct);
        return text is null ? VaguePhrases.Default : VaguePhrases.Parse(text).List ?? VaguePhrases.Default;
    }

    /// <summary>The system administrator's list; returns the errors, empty when saved.</summary>
    public async Task<IReadOnlyList<string>> SavePhrasesAsync(string? text, CancellationToken ct = default)
    {
        var (list, errors) = VaguePhrases.Parse(text);
        if (list is null)
        {
            return errors;
        }

        var before = (await PhrasesAsync(ct)).Lines;
        var row = await db.Set<ServiceGuideSettings>().FirstOrDefaultAsync(s => s.Id == ServiceGuideSettings.SingletonId, ct);
        if (row is null)
        {
            row = new ServiceGuideSettings();
            db.Add(row);
        }

        (row.VaguePhrases, row.UpdatedAt, row.UpdatedBy) = (string.Join('\n', list.Lines), clock.GetUtcNow(), access.UserName);
        audit.Record("serviceGuide.phrasesChanged", targetType: "serviceGuidePhrases", targetId: "district", before: before, after: list.Lines);
        await db.SaveChangesAsync(ct);
        return [];
    }

    public Task<ServiceGuide?> FindAsync(int organizationId, int id, CancellationToken ct = default) =>
        db.Set<ServiceGuide>().Include(g => g.Materials).FirstOrDefaultAsync(g => g.Id == id && g.OrganizationId == organizationId, ct);

    /// <summary>Saves a draft (new when <paramref name="id"/> is null). Only the shape is checked.</summary>
    public async Task<(int? Id, IReadOnlyList<GuideProblem> Problems)> SaveDraftAsync(int organizationId, int? id, ServiceGuideDraft draft, CancellationToken ct = default)
    {
        var problems = ServiceGuideRules.Shape(draft);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        ServiceGuide? guide = null;
        if (id is { } existing)
        {
            guide = await FindAsync(organizationId, existing, ct);
            if (guide is null)
            {
                return (null, [new("id", null, "没有这份办事指南。")]);
            }

            if (!guide.Editable)
            {
                return (null, [new("status", null, $"这份指南{ServiceGuideNames.Status(guide.Status)}，须先撤回才能修改。")]);
            }
        }

        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var before = guide?.ToDraft();
        if (guide is null)
        {
            guide = new ServiceGuide { OrganizationId = organizationId, Status = ServiceGuideStatus.Draft, CreatedAt = now };
            db.Add(guide);
        }

        var gone = guide.Apply(draft);
        guide.UpdatedAt = now;
        var goneFiles = await DropFilesAsync(gone, ct);
        await db.SaveChangesAsync(ct);
        audit.Record(before is null ? "serviceGuide.created" : "serviceGuide.edited", targetType: TargetType, targetId: Id(guide.Id),
            organizationId: organizationId, before: before, after: draft);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await DeleteAsync(goneFiles, ct);
        return (guide.Id, []);
    }

    /// <summary>Submits a saved draft for review, or lists what blocks it.</summary>
    public async Task<IReadOnlyList<GuideProblem>> SubmitAsync(int organizationId, int id, CancellationToken ct = default)
    {
        var guide = await FindAsync(organizationId, id, ct);
        if (guide is null)
        {
            return [new("id", null, "没有这份办事指南。")];
        }

        if (!guide.Editable)
        {
            return [new("status", null, $"这份指南{ServiceGuideNames.Status(guide.Status)}，不能再次提交。")];
        }

        var problems = ServiceGuideRules.ForReview(guide.ToDraft(), await PhrasesAsync(ct));
        if (problems.Count > 0)
        {
            audit.Record("serviceGuide.submitRefused", success: false, targetType: TargetType, targetId: Id(id), organizationId: organizationId,
                after: problems.Select(p => new { p.Field, p.Phrase }));
            await db.SaveChangesAsync(ct);
            return problems;
        }

        (guide.Status, guide.SubmittedAt, guide.SubmittedBy, guide.ReviewNote) = (ServiceGuideStatus.Pending, clock.GetUtcNow(), access.UserName, null);
        audit.Record("serviceGuide.submitted", targetType: TargetType, targetId: Id(id), organizationId: organizationId, after: new { guide.Name, guide.Code });
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>The API's one step: checks everything first and saves nothing unless the guide can
    /// go to review; then it is saved and submitted together.</summary>
    public async Task<(int? Id, IReadOnlyList<GuideProblem> Problems)> CreateAndSubmitAsync(int organizationId, ServiceGuideDraft draft, CancellationToken ct = default)
    {
        var problems = ServiceGuideRules.ForReview(draft, await PhrasesAsync(ct));
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var (id, saveProblems) = await SaveDraftAsync(organizationId, null, draft, ct);
        return id is null ? (null, saveProblems) : (id, await SubmitAsync(organizationId, id.Value, ct));
    }

    /// <summary>Approves (the check runs again: the list may have grown since submission) or returns
    /// with a reason. Returns the refusal, null when done.</summary>
    public async Task<string?> ReviewAsync(int organizationId, int id, bool approve, string? note, CancellationToken ct = default)
    {
        var guide = await FindAsync(organizationId, id, ct);
        if (guide is null)
        {
            return "没有这份办事指南。";
        }

        if (guide.Status != ServiceGuideStatus.Pending)
        {
            return $"这份指南{ServiceGuideNames.Status(guide.Status)}，不在待审核状态。";
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (!approve && note is null)
        {
            return "退回时请写明理由。";
        }

        if (note?.Length > 1000)
        {
            return "审核意见不超过 1000 字。";
        }

        if (approve && ServiceGuideRules.ForReview(guide.ToDraft(), await PhrasesAsync(ct)) is { Count: > 0 } problems)
        {
            return "指南仍有问题，不能通过（请退回编辑修改）：" + string.Join(" ", problems.Select(p => p.Message));
        }

        var now = clock.GetUtcNow();
        (guide.ReviewedAt, guide.ReviewedBy, guide.ReviewNote) = (now, access.UserName, note);
        guide.Status = approve ? ServiceGuideStatus.Published : ServiceGuideStatus.Returned;
        if (approve)
        {
            guide.PublishedAt = now;
        }

        audit.Record(approve ? "serviceGuide.approved" : "serviceGuide.returned", targetType: TargetType, targetId: Id(id),
            organizationId: organizationId, after: new { guide.Name, note });
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
        return null;
    }

    /// <summary>Takes a published or pending guide back: off the public site, editable again.</summary>
    public async Task<string?> WithdrawAsync(int organizationId, int id, string? reason, CancellationToken ct = default)
    {
        var guide = await FindAsync(organizationId, id, ct);
        if (guide is null)
        {
            return "没有这份办事指南。";
        }

        if (guide.Status is not (ServiceGuideStatus.Published or ServiceGuideStatus.Pending))
        {
            return "只有待审核或已公开的指南可以撤回。";
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is null || reason.Length > 1000)
        {
            return "撤回时请写明理由（不超过 1000 字）。";
        }

        var was = guide.Status;
        (guide.Status, guide.ReviewNote, guide.UpdatedAt) = (ServiceGuideStatus.Withdrawn, reason, clock.GetUtcNow());
        audit.Record("serviceGuide.withdrawn", targetType: TargetType, targetId: Id(id), organizationId: organizationId,
            before: new { status = was.ToString() }, after: new { guide.Name, reason });
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
        return null;
    }

    /// <summary>Stores a blank form or sample of material <paramref name="material"/> (0-based), or
    /// the flow chart, replacing the one before. The file passes the attachment checks (allow-list,
    /// leading bytes, <see cref="Domain.Uploads.PackageGuard"/> limits). Returns the refusal in Chinese;
    /// nothing changes then.</summary>
    public async Task<string?> UploadAsync(int organizationId, int id, GuideFileKind kind, int? material, string? fileName, Stream content, CancellationToken ct = default)
    {
        var guide = await FindAsync(organizationId, id, ct);
        if (guide is null)
        {
            return "没有这份办事指南。";
        }

        if (!guide.Editable)
        {
            return $"这份指南{ServiceGuideNames.Status(guide.Status)}，须先撤回才能更换文件。";
        }

        ServiceGuideMaterial? row = null;
        if (kind != GuideFileKind.FlowChart)
        {
            row = guide.Materials.OrderBy(m => m.Position).ElementAtOrDefault(material ?? -1);
            if (row is null)
            {
                return "请选择要上传表格的申请材料（先保存材料清单）。";
            }
        }

        var name = AttachmentFileName.Sanitize(fileName);
        var label = row is null ? "流程图" : $"申请材料第 {row.Position + 1} 项的{ServiceGuideNames.File(kind)}";
        await using var seekable = await AttachmentService.SeekableAsync(content, ct);
        AttachmentType type;
        try
        {
            if (AttachmentTypes.ForFileName(name) is not { } declared || !(kind == GuideFileKind.FlowChart ? ChartKinds : FormKinds).Contains(declared.Kind))
            {
                throw new AttachmentRejectedException($"不允许上传该类型的文件。{ServiceGuideNames.File(kind)}允许的类型：{AllowedList(kind)}。");
            }

            type = AttachmentInspector.Inspect(name, seekable, MaxFileBytes);
        }
        catch (AttachmentRejectedException e)
        {
            log.LogWarning("Service guide upload refused for guide {Id}: {Reason} (name {Name}, {Length} bytes)", id, e.Message, name, seekable.Length);
            audit.Record("serviceGuide.uploadRejected", success: false, targetType: TargetType, targetId: Id(id), organizationId: organizationId,
                after: new { fileName = name, length = seekable.Length }, detail: e.Message);
            await db.SaveChangesAsync(ct);
            return $"{label}“{name}”：{e.Message}";
        }

        var (key, sha256) = await store.SaveAsync(seekable, ct);
        var file = new ServiceGuideFile
        {
            GuideId = id,
            Kind = kind,
            FileName = name,
            ContentType = type.ContentType,
            Length = seekable.Length,
            Sha256 = sha256,
            StorageKey = key,
            UploadedAt = clock.GetUtcNow(),
            UploadedBy = access.UserName,
        };
        var replaced = kind switch
        {
            GuideFileKind.FlowChart => guide.FlowChartFileId,
            GuideFileKind.BlankForm => row!.BlankFormFileId,
            _ => row!.SampleFileId,
        };
        ServiceGuideFile? old = null;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.Add(file);
            await db.SaveChangesAsync(ct);
            switch (kind)
            {
                case GuideFileKind.FlowChart: guide.FlowChartFileId = file.Id; break;
                case GuideFileKind.BlankForm: row!.BlankFormFileId = file.Id; break;
                default: row!.SampleFileId = file.Id; break;
            }

            guide.UpdatedAt = file.UploadedAt;
            old = replaced is { } oldId ? await db.Set<ServiceGuideFile>().FirstOrDefaultAsync(f => f.Id == oldId, ct) : null;
            if (old is not null)
            {
                db.Remove(old);
            }

            audit.Record("serviceGuide.fileAdded", targetType: TargetType, targetId: Id(id), organizationId: organizationId,
                after: new { kind = kind.ToString(), material, fileName = name, length = file.Length, sha256, replaced = old?.FileName });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch
        {
            // Nothing points at the file if the row was not saved.
            await store.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        // After the commit and outside the clean-up above: the new row points at the new file now.
        if (old is not null)
        {
            await store.DeleteAsync(old.StorageKey, ct);
        }

        return null;
    }

    private async Task<List<ServiceGuideFile>> DropFilesAsync(List<ServiceGuideMaterial> gone, CancellationToken ct)
    {
        var ids = gone.SelectMany(m => new[] { m.BlankFormFileId, m.SampleFileId }).OfType<int>().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var files = await db.Set<ServiceGuideFile>().Where(f => ids.Contains(f.Id)).ToListAsync(ct);
        db.RemoveRange(files);
        return files;
    }

    private async Task DeleteAsync(IEnumerable<ServiceGuideFile> files, CancellationToken ct)
    {
        foreach (var f in files)
        {
            await store.DeleteAsync(f.StorageKey, ct);
        }
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
