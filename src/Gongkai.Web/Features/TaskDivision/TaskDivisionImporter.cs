using Gongkai.Domain.Organizations;
using Gongkai.Domain.TaskDivision;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>Previews and saves task-division notices. Saving runs in one transaction and refuses
/// while any unit name is unmapped, so a failed import leaves nothing behind and no measure loses
/// an organ silently. The same notice (same 文号, or same year and title) is updated in place, its
/// measures matched by path, so a corrected re-import keeps the reports already filed.</summary>
public sealed class TaskDivisionImporter(GongkaiDbContext db, AuditTrail audit, TimeProvider clock, ILogger<TaskDivisionImporter> log)
{
    public async Task<TaskDivisionPreview> PreviewAsync(NoticeSource source, int? year, CancellationToken ct)
    {
        var parsed = TaskDivisionParser.Parse(source, year);
        if (!parsed.Succeeded)
        {
            log.LogInformation("Task-division import rejected: {Error}", parsed.Error);
            return TaskDivisionPreview.Fail(parsed.Error!);
        }

        var candidates = await CandidatesAsync(ct);
        var mappings = await db.Set<TaskUnitMapping>().AsNoTracking().ToDictionaryAsync(m => m.NameKey, m => m.OrganizationId, ct);
        var measures = new List<MeasurePreview>();
        var unresolved = new List<string>();
        foreach (var measure in parsed.Notice!.Measures)
        {
            var sections = parsed.Notice.UnitsAreSections;
            var lead = sections ? UnitResolver.ResolveMapped(measure.LeadUnits, mappings) : UnitResolver.Resolve(measure.LeadUnits, candidates, mappings);
            var responsible = sections ? UnitResolver.ResolveMapped(measure.ResponsibleUnits, mappings) : UnitResolver.Resolve(measure.ResponsibleUnits, candidates, mappings);
            var missing = lead.Unresolved.Concat(responsible.Unresolved).Distinct().ToList();
            measures.Add(new MeasurePreview(measure, lead.OrganizationIds, responsible.OrganizationIds, missing));
            unresolved.AddRange(missing.Where(n => !unresolved.Contains(n)));
        }

        return new TaskDivisionPreview(parsed.Notice, measures, unresolved, null);
    }

    /// <summary>Saves the previewed notice; returns the notice id, or an error and saves nothing.</summary>
    public async Task<(int? NoticeId, bool Created, string? Error)> SaveAsync(TaskDivisionPreview preview, CancellationToken ct)
    {
        if (!preview.Succeeded)
        {
            return (null, false, preview.Error);
        }

        if (preview.UnresolvedUnits.Count > 0)
        {
            return (null, false, $"以下单位名称没有对应的机关：{string.Join("、", preview.UnresolvedUnits)}。请先把它们对应到机关（或新建机关），再导入；未作任何保存。");
        }

        var parsed = preview.Notice!;
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var notice = await db.Set<TaskNotice>().Include(n => n.Measures).ThenInclude(m => m.Assignments)
            .FirstOrDefaultAsync(n => n.Identity == parsed.Identity, ct);
        var created = notice is null;
        if (notice is null)
        {
            notice = new TaskNotice { Identity = parsed.Identity, Title = parsed.Title, ImportedAt = now };
            db.Add(notice);
        }

        notice.Title = parsed.Title;
        notice.DocumentNumber = parsed.DocumentNumber;
        notice.Year = parsed.Year;
        notice.UpdatedAt = now;

        var byPath = notice.Measures.ToDictionary(m => m.Path, StringComparer.Ordinal);
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in parsed.KeyTasks)
        {
            foreach (var sub in key.SubTasks)
            {
                foreach (var measure in sub.Measures)
                {
                    var resolved = preview.Measures.First(p => ReferenceEquals(p.Measure, measure));
                    if (!byPath.TryGetValue(measure.Path, out var entity))
                    {
                        entity = new TaskMeasure
                        {
                            Path = measure.Path,
                            KeyTaskTitle = "",
                            SubTaskTitle = "",
                            Text = "",
                            LeadUnitsText = "",
                            ResponsibleUnitsText = "",
                            DeadlineCodes = "",
                            DeadlineText = "",
                        };
                        notice.Measures.Add(entity);
                    }

                    keep.Add(measure.Path);
                    entity.KeyTaskNumber = key.Number;
                    entity.KeyTaskTitle = key.Title;
                    entity.SubTaskNumber = sub.Number;
                    entity.SubTaskTitle = sub.Title;
                    entity.Number = measure.Number;
                    entity.Text = measure.Text;
                    entity.LeadUnitsText = string.Join("、", measure.LeadUnits);
                    entity.ResponsibleUnitsText = string.Join("、", measure.ResponsibleUnits);
                    entity.DeadlineCodes = string.Join(" ", measure.Deadlines.Select(d => d.Code));
                    entity.DeadlineText = string.Join("；", measure.Deadlines.Select(d => d.Describe()));
                    // A due date the district office edited by hand outlives re-imports of the notice.
                    if (entity.DueDateEditedAt is null)
                    {
                        entity.DueDate = measure.DueDate;
                    }
                    SyncAssignments(entity, resolved);
                }
            }
        }

        var dropped = notice.Measures.Where(m => !keep.Contains(m.Path)).ToList();
        foreach (var measure in dropped)
        {
            notice.Measures.Remove(measure);
            db.Remove(measure);
        }

        await db.SaveChangesAsync(ct);
        audit.Record(TaskDivisionEvents.Imported, targetType: nameof(TaskNotice), targetId: notice.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            after: new { notice.Title, notice.DocumentNumber, notice.Year, keyTasks = parsed.KeyTasks.Count, subTasks = parsed.SubTaskCount, measures = parsed.MeasureCount, created, removedMeasures = dropped.Select(m => m.Path), lostRows = parsed.LostRows });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (notice.Id, created, null);
    }

    /// <summary>Remembers that <paramref name="name"/> means organ <paramref name="organizationId"/>.</summary>
    public async Task MapUnitAsync(string name, int organizationId, CancellationToken ct)
    {
        var key = OrganizationNames.Key(name);
        var mapping = await db.Set<TaskUnitMapping>().FirstOrDefaultAsync(m => m.NameKey == key, ct);
        var before = mapping?.OrganizationId;
        if (mapping is null)
        {
            mapping = new TaskUnitMapping { NameKey = key, Name = OrganizationNames.Clean(name), CreatedAt = clock.GetUtcNow() };
            db.Add(mapping);
        }

        mapping.OrganizationId = organizationId;
        audit.Record(TaskDivisionEvents.UnitMapped, targetType: nameof(TaskUnitMapping), targetId: mapping.Name,
            before: before is null ? null : new { organizationId = before }, after: new { organizationId }, organizationId: organizationId);
        await db.SaveChangesAsync(ct);
    }

    private static void SyncAssignments(TaskMeasure entity, MeasurePreview resolved)
    {
        // With no responsible unit named, the lead unit does the work and reports on it.
        var responsible = resolved.ResponsibleIds.Count > 0 ? resolved.ResponsibleIds : resolved.LeadIds;
        var wanted = resolved.LeadIds.Select(id => (id, TaskAssignmentRole.Lead))
            .Concat(responsible.Select(id => (id, TaskAssignmentRole.Responsible)))
            .ToHashSet();
        entity.Assignments.RemoveAll(a => !wanted.Contains((a.OrganizationId, a.Role)));
        foreach (var (id, role) in wanted.Where(w => !entity.Assignments.Any(a => a.OrganizationId == w.Item1 && a.Role == w.Item2)))
        {
            entity.Assignments.Add(new TaskAssignment { OrganizationId = id, Role = role });
        }
    }

    private async Task<List<UnitCandidate>> CandidatesAsync(CancellationToken ct)
    {
        var organizations = await db.Set<Organization>().AsNoTracking().Include(o => o.FormerNames).ToListAsync(ct);
        return organizations.Select(o => new UnitCandidate(
                new OrganizationCandidate(o.Id, o.Name, o.ShortName, o.IsActive, o.FormerNames.Select(f => f.Name).ToList()),
                o.Kind))
            .ToList();
    }
}
