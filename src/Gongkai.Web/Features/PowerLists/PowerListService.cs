using System.Globalization;
using System.Text.Json;
using Gongkai.Domain.PowerLists;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PowerLists;

/// <summary>Imports, adjustments and their review. Editors submit; nothing is public until a
/// reviewer of the organ approves the batch; every step is audited and clears the cached pages.
/// Callers check <see cref="PowerListAccess"/> first.</summary>
public sealed class PowerListService(GongkaiDbContext db, PowerListAccess access, OrganizationDirectory directory, AuditTrail audit, PowerListCache cache, TimeProvider clock)
{
    public const string TargetType = "powerList";

    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>Checks the rows against the organ's list; with no error and not <paramref name="dryRun"/>,
    /// saves them as one batch awaiting review. Any failed row saves nothing.</summary>
    public async Task<PowerImportResult> ImportAsync(int organizationId, IReadOnlyList<PowerListRow> rows, bool dryRun, CancellationToken ct = default)
    {
        var codes = rows.Where(r => r.Item is not null).Select(r => r.Item!.Code).ToList();
        var existing = await db.Set<PowerItem>().AsNoTracking()
            .Where(i => i.OrganizationId == organizationId && codes.Contains(i.Code))
            .ToDictionaryAsync(i => i.Code, i => i.Name, ct);
        var checkedRows = rows.Select(r => r.Item is { } item && existing.TryGetValue(item.Code, out var name)
            ? r with { Item = null, Errors = [$"第 {r.Row} 行“{PowerListColumns.Code}”列：编码 {item.Code} 已在本机关清单中（{name}）；修改已有事项请提交“调整”。"] }
            : r).ToList();
        var failed = checkedRows.Count(r => !r.Ok);
        if (failed > 0 || dryRun || checkedRows.Count == 0)
        {
            return new PowerImportResult(failed == 0 ? checkedRows.Count : 0, failed, checkedRows, null);
        }

        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var batch = NewBatch(organizationId, PowerBatchKind.Import, $"导入 {checkedRows.Count} 项", now);
        db.Add(batch);
        await db.SaveChangesAsync(ct);
        foreach (var row in checkedRows)
        {
            var item = new PowerItem { OrganizationId = organizationId, Status = PowerItemStatus.Pending, BatchId = batch.Id, CreatedAt = now, UpdatedAt = now };
            item.Apply(row.Item!);
            db.Add(item);
        }

        audit.Record("powerList.imported", targetType: TargetType, targetId: Id(batch.Id), organizationId: organizationId,
            after: new { batch.Summary, codes = checkedRows.Select(r => r.Item!.Code).ToList() });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new PowerImportResult(checkedRows.Count, 0, checkedRows, batch.Id);
    }

    /// <summary>Submits one adjustment for review; returns the batch id, or a Chinese message.</summary>
    public async Task<(int? BatchId, string? Error)> AdjustAsync(int organizationId, PowerAdjustmentInput input, CancellationToken ct = default)
    {
        if (PowerAdjustmentKinds.Parse(input.Kind) is not { } kind)
        {
            return (null, "kind（调整类型）应为 add（新增）、cancel（取消）、change（调整）或 transfer（下放/承接）。");
        }

        if (input.EffectiveOn is not { } effectiveOn)
        {
            return (null, "请填写生效日期（effectiveOn，yyyy-MM-dd）。");
        }

        var basis = input.Basis?.Trim() ?? "";
        if (basis.Length == 0 || basis.Length > 1000)
        {
            return (null, "请填写调整依据（basis，如取消该事项的文件名称和文号，不超过 1000 字）。");
        }

        var code = PowerItemCode.Normalize(input.Code ?? input.Item?.Code);
        if (code.Length == 0)
        {
            return (null, "请填写事项编码（code）。");
        }

        var item = await db.Set<PowerItem>().FirstOrDefaultAsync(i => i.OrganizationId == organizationId && i.Code == code, ct);
        PowerItemFields? fields = null;
        if (input.Item is not null || kind is PowerAdjustmentKind.Add or PowerAdjustmentKind.Change)
        {
            if (input.Item is null)
            {
                return (null, "新增和调整须提供事项内容（item）。");
            }

            var cells = input.Item.ToCells();
            cells[PowerListColumns.Code] = code;
            // A partial item for 调整/下放 keeps the fields it does not mention.
            if (item is not null && kind != PowerAdjustmentKind.Add)
            {
                var old = item.Fields;
                cells[PowerListColumns.Name] ??= old.Name;
                cells[PowerListColumns.Type] ??= PowerTypes.Name(old.Type);
                cells[PowerListColumns.Basis] ??= old.Basis;
                cells[PowerListColumns.SubItem] ??= old.SubItem;
                cells[PowerListColumns.Subject] ??= old.Subject;
                cells[PowerListColumns.HandlingUnit] ??= old.HandlingUnit;
                cells[PowerListColumns.Responsibilities] ??= old.Responsibilities;
                cells[PowerListColumns.Accountability] ??= old.Accountability;
                cells[PowerListColumns.Phone] ??= old.Phone;
                cells[PowerListColumns.Note] ??= old.Note;
            }

            var row = PowerListReader.Check([(1, cells)])[0];
            if (!row.Ok)
            {
                return (null, string.Join(" ", row.Errors.Select(e => e.Replace("第 1 行", "事项内容", StringComparison.Ordinal))));
            }

            fields = row.Item;
        }

        if (kind == PowerAdjustmentKind.Add)
        {
            if (item is not null)
            {
                return (null, $"事项编码 {code} 已在本机关清单中（{item.Name}），不能重复新增。");
            }
        }
        else if (item is null || item.Status != PowerItemStatus.Published)
        {
            return (null, $"本机关已发布的清单中没有事项编码为 {code} 的事项。");
        }
        else if (item.EndsOn is not null)
        {
            return (null, $"事项 {code} 已于 {item.EndsOn:yyyy-MM-dd} {(item.EndKind == PowerAdjustmentKind.Cancel ? "取消" : "下放")}，不能再调整。");
        }
        else if (await db.Set<PowerAdjustment>().AnyAsync(a => a.ItemId == item.Id && a.Status == PowerReviewStatus.Pending, ct))
        {
            return (null, $"事项 {code} 已有一项调整正在等待审核，请审核后再提交。");
        }

        if (kind == PowerAdjustmentKind.Change && Describe(item!.Fields, fields!) is null)
        {
            return (null, "提交的事项内容与现有内容相同，没有需要调整的地方。");
        }

        int? otherOrgan = null;
        if (kind == PowerAdjustmentKind.Transfer)
        {
            var target = await directory.FindActiveAsync(input.ToOrganization, ct);
            if (target is null)
            {
                return (null, "下放/承接须指明承接机关（toOrganization：机关编号、全称或简称）。");
            }

            if (target.Id == organizationId)
            {
                return (null, "承接机关不能是本机关。");
            }

            if (await db.Set<PowerItem>().AnyAsync(i => i.OrganizationId == target.Id && i.Code == code, ct))
            {
                return (null, $"承接机关（{target.Name}）的清单中已有事项编码 {code}。");
            }

            otherOrgan = target.Id;
        }

        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var batch = NewBatch(organizationId, PowerBatchKind.Adjustment,
            $"{PowerAdjustmentKinds.Name(kind)}：{code} {fields?.Name ?? item?.Name}", now);
        db.Add(batch);
        await db.SaveChangesAsync(ct);
        if (kind == PowerAdjustmentKind.Add)
        {
            item = new PowerItem { OrganizationId = organizationId, Status = PowerItemStatus.Pending, BatchId = batch.Id, EffectiveFrom = effectiveOn, CreatedAt = now, UpdatedAt = now };
            item.Apply(fields!);
            db.Add(item);
            await db.SaveChangesAsync(ct);
        }

        var adjustment = new PowerAdjustment
        {
            OrganizationId = organizationId,
            ItemId = item!.Id,
            Kind = kind,
            OtherOrganizationId = otherOrgan,
            EffectiveOn = effectiveOn,
            Basis = basis,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            Changes = kind == PowerAdjustmentKind.Change ? Describe(item.Fields, fields!) : null,
            NewFieldsJson = kind is PowerAdjustmentKind.Change or PowerAdjustmentKind.Transfer && fields is not null ? JsonSerializer.Serialize(fields) : null,
            Status = PowerReviewStatus.Pending,
            BatchId = batch.Id,
            RecordedAt = now,
            RecordedBy = access.UserName,
        };
        db.Add(adjustment);
        audit.Record("powerList.adjustmentSubmitted", targetType: TargetType, targetId: Id(batch.Id), organizationId: organizationId,
            after: new { kind = PowerAdjustmentKinds.Code(kind), code, effectiveOn, basis, adjustment.Changes, otherOrgan });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (batch.Id, null);
    }

    /// <summary>A reviewer approves or rejects a batch as a whole.</summary>
    public async Task<string?> ReviewAsync(int organizationId, int batchId, bool approve, string? note, CancellationToken ct = default)
    {
        var batch = await db.Set<PowerListBatch>().FirstOrDefaultAsync(b => b.Id == batchId && b.OrganizationId == organizationId, ct);
        if (batch is null)
        {
            return "没有这一批待审核的清单内容。";
        }

        if (batch.Status != PowerReviewStatus.Pending)
        {
            return "这一批已经审核过了。";
        }

        if (!approve && string.IsNullOrWhiteSpace(note))
        {
            return "退回时请写明理由。";
        }

        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        (batch.Status, batch.ReviewedAt, batch.ReviewedBy, batch.ReviewNote) =
            (approve ? PowerReviewStatus.Approved : PowerReviewStatus.Rejected, now, access.UserName, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        var items = await db.Set<PowerItem>().Where(i => i.BatchId == batchId).ToListAsync(ct);
        var adjustments = await db.Set<PowerAdjustment>().Where(a => a.BatchId == batchId).ToListAsync(ct);
        var touched = new HashSet<int> { organizationId };
        if (!approve)
        {
            // Rejected new items were never public: they go, so their codes are free again.
            db.RemoveRange(adjustments);
            db.RemoveRange(items);
        }
        else
        {
            foreach (var item in items)
            {
                (item.Status, item.BatchId, item.PublishedAt, item.UpdatedAt) = (PowerItemStatus.Published, null, now, now);
            }

            foreach (var adjustment in adjustments)
            {
                adjustment.Status = PowerReviewStatus.Approved;
                var other = await ApplyAsync(adjustment, now, ct);
                if (other is { } id)
                {
                    touched.Add(id);
                }
            }
        }

        audit.Record(approve ? "powerList.approved" : "powerList.rejected", targetType: TargetType, targetId: Id(batchId),
            organizationId: organizationId, after: new { batch.Summary, batch.ReviewNote });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        foreach (var id in touched)
        {
            await cache.ChangedAsync(id, ct);
        }

        return null;
    }

    /// <summary>Puts an approved adjustment into effect; returns the other organ a transfer touched.</summary>
    private async Task<int?> ApplyAsync(PowerAdjustment adjustment, DateTimeOffset now, CancellationToken ct)
    {
        var item = await db.Set<PowerItem>().FirstAsync(i => i.Id == adjustment.ItemId, ct);
        item.UpdatedAt = now;
        var fields = adjustment.NewFieldsJson is null ? null : JsonSerializer.Deserialize<PowerItemFields>(adjustment.NewFieldsJson);
        switch (adjustment.Kind)
        {
            case PowerAdjustmentKind.Cancel:
                (item.EndsOn, item.EndKind) = (adjustment.EffectiveOn, PowerAdjustmentKind.Cancel);
                return null;
            case PowerAdjustmentKind.Change:
                item.Apply(fields!);
                return null;
            case PowerAdjustmentKind.Transfer:
                var target = await db.Set<Organization>().AsNoTracking().FirstAsync(o => o.Id == adjustment.OtherOrganizationId, ct);
                var moved = new PowerItem
                {
                    OrganizationId = target.Id,
                    Status = PowerItemStatus.Published,
                    EffectiveFrom = adjustment.EffectiveOn,
                    TransferredFromId = item.Id,
                    CreatedAt = now,
                    UpdatedAt = now,
                    PublishedAt = now,
                };
                moved.Apply((fields ?? item.Fields) with { Subject = target.Name });
                db.Add(moved);
                await db.SaveChangesAsync(ct);
                (item.EndsOn, item.EndKind, item.TransferredToId) = (adjustment.EffectiveOn, PowerAdjustmentKind.Transfer, moved.Id);
                db.Add(new PowerAdjustment
                {
                    OrganizationId = target.Id,
                    ItemId = moved.Id,
                    Kind = PowerAdjustmentKind.Transfer,
                    Incoming = true,
                    OtherOrganizationId = item.OrganizationId,
                    EffectiveOn = adjustment.EffectiveOn,
                    Basis = adjustment.Basis,
                    Note = adjustment.Note,
                    Status = PowerReviewStatus.Approved,
                    RecordedAt = now,
                    RecordedBy = adjustment.RecordedBy,
                });
                return target.Id;
            default:
                return null;
        }
    }

    private PowerListBatch NewBatch(int organizationId, PowerBatchKind kind, string summary, DateTimeOffset now) => new()
    {
        OrganizationId = organizationId,
        Kind = kind,
        Status = PowerReviewStatus.Pending,
        Summary = summary.Length > 300 ? summary[..300] : summary,
        SubmittedAt = now,
        SubmittedById = access.UserId,
        SubmittedBy = access.UserName,
    };

    /// <summary>"字段：旧 → 新" for each changed field; null when nothing changed.</summary>
    private static string? Describe(PowerItemFields before, PowerItemFields after)
    {
        var lines = new List<string>();
        void Compare(string column, string? a, string? b)
        {
            if ((a ?? "") != (b ?? ""))
            {
                lines.Add($"{column}：{(string.IsNullOrEmpty(a) ? "（空）" : a)} → {(string.IsNullOrEmpty(b) ? "（空）" : b)}");
            }
        }

        Compare(PowerListColumns.Name, before.Name, after.Name);
        Compare(PowerListColumns.SubItem, before.SubItem, after.SubItem);
        Compare(PowerListColumns.Type, PowerTypes.Name(before.Type), PowerTypes.Name(after.Type));
        Compare(PowerListColumns.Basis, before.Basis, after.Basis);
        Compare(PowerListColumns.Subject, before.Subject, after.Subject);
        Compare(PowerListColumns.HandlingUnit, before.HandlingUnit, after.HandlingUnit);
        Compare(PowerListColumns.Responsibilities, before.Responsibilities, after.Responsibilities);
        Compare(PowerListColumns.Accountability, before.Accountability, after.Accountability);
        Compare(PowerListColumns.Phone, before.Phone, after.Phone);
        Compare(PowerListColumns.Note, before.Note, after.Note);
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}

public sealed record PowerImportResult(int Imported, int Failed, IReadOnlyList<PowerListRow> Rows, int? BatchId);
