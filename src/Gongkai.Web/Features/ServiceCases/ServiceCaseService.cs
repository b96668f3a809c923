using Gongkai.Domain.Privacy;
using Gongkai.Domain.ServiceCases;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.ServiceCases;

/// <summary>Saves pushed or imported case records (all or nothing: one bad record and nothing is
/// saved), answers the public look-up and computes the public statistics.</summary>
public sealed class ServiceCaseService(GongkaiDbContext db, StaffAccess staff, AuditTrail audit, PersonalDataProtector protector, CaseStatisticsCache statistics,
    TimeProvider clock)
{
    public const string TargetType = "ServiceCase";

    private static readonly PersonalInformationMasker Masker = new();

    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>Upserts by 办件编号. <paramref name="unit"/> names a record in messages (“行” for a
    /// sheet, “条” for the API). The person must be an editor of every record's organ.</summary>
    public async Task<CaseImportResult> UpsertAsync(IReadOnlyList<(int Row, ServiceCaseRecord Record)> rows, string unit, bool dryRun, CancellationToken ct)
    {
        var errors = new List<CaseRowError>();
        var organs = await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive).Select(o => new { o.Id, o.Name, o.ShortName }).ToListAsync(ct);
        var byName = new Dictionary<string, int>();
        foreach (var o in organs)
        {
            byName.TryAdd(o.Name, o.Id);
            byName.TryAdd(o.ShortName, o.Id);
            byName.TryAdd(o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Id);
        }

        var allowed = new Dictionary<int, bool>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var resolved = new List<(int Row, ServiceCaseRecord Record, int OrganId)>();
        foreach (var (row, record) in rows)
        {
            var problems = ServiceCaseRules.Check(record);
            if (!byName.TryGetValue(record.Organization.Trim(), out var organId))
            {
                if (!string.IsNullOrWhiteSpace(record.Organization))
                {
                    problems.Add($"办理机关“{record.Organization}”不是本区在用的机关名称。");
                }
            }
            else
            {
                if (!allowed.TryGetValue(organId, out var may))
                {
                    allowed[organId] = may = await staff.HasRoleAsync(organId, BusinessRole.Editor, ct);
                }

                if (!may)
                {
                    problems.Add($"您不是“{record.Organization}”的编辑人员，不能报送该机关的办件。");
                }
            }

            if (record.Number.Length > 0 && !seen.Add(record.Number))
            {
                problems.Add($"办件编号 {record.Number} 在本次数据中重复出现。");
            }

            errors.AddRange(problems.Select(p => new CaseRowError(row, $"第 {row} {unit}：{p}")));
            if (problems.Count == 0)
            {
                resolved.Add((row, record, organId));
            }
        }

        if (errors.Count > 0 || dryRun)
        {
            return new CaseImportResult(0, 0, rows.Count, errors);
        }

        var numbers = resolved.Select(r => r.Record.Number).ToList();
        var existing = new Dictionary<string, ServiceCase>(StringComparer.Ordinal);
        foreach (var chunk in numbers.Chunk(500))
        {
            foreach (var c in await db.Set<ServiceCase>().Include(c => c.Steps).Where(c => chunk.Contains(c.Number)).ToListAsync(ct))
            {
                existing[c.Number] = c;
            }
        }

        var now = clock.GetUtcNow();
        var (created, updated) = (0, 0);
        foreach (var (_, r, organId) in resolved)
        {
            if (!existing.TryGetValue(r.Number, out var entity))
            {
                entity = new ServiceCase { Number = r.Number, CreatedAt = now };
                db.Add(entity);
                created++;
            }
            else
            {
                if (entity.OrganizationId != organId && !await staff.HasRoleAsync(entity.OrganizationId, BusinessRole.Editor, ct))
                {
                    return new CaseImportResult(0, 0, rows.Count, [new CaseRowError(0, $"办件编号 {r.Number} 已由其他机关报送，不能改为本机关的办件。")]);
                }

                db.RemoveRange(entity.Steps);
                entity.Steps = [];
                updated++;
            }

            Apply(entity, r, organId, now);
        }

        foreach (var organ in resolved.GroupBy(r => r.OrganId))
        {
            audit.Record("serviceCases.imported", targetType: TargetType, organizationId: organ.Key,
                detail: $"报送办件 {organ.Count()} 件：{string.Join("、", organ.Select(r => r.Record.Number).Take(20))}{(organ.Count() > 20 ? " 等" : "")}");
        }

        await db.SaveChangesAsync(ct);
        await statistics.ChangedAsync(ct);
        return new CaseImportResult(created, updated, rows.Count, []);
    }

    private void Apply(ServiceCase c, ServiceCaseRecord r, int organId, DateTimeOffset now)
    {
        c.ItemCode = r.ItemCode.Trim();
        c.ItemName = r.ItemName.Trim();
        c.OrganizationId = organId;
        c.ApplicantCipher = protector.Encrypt(r.Applicant!.Trim());
        c.PhoneCheck = CheckDigits.LastFour(r.Phone) is { } phone ? protector.Index(CheckDigits.Bound(r.Number, phone)) : null;
        c.IdCheck = CheckDigits.LastFour(r.IdNumber) is { } id ? protector.Index(CheckDigits.Bound(r.Number, id)) : null;
        c.AcceptedOn = r.AcceptedOn!.Value;
        c.CurrentStep = r.CurrentStep?.Trim();
        c.PromisedOn = r.PromisedOn!.Value;
        c.FinishedOn = r.FinishedOn;
        c.Result = r.Result?.Trim();
        c.UpdatedAt = now;
        c.Steps.AddRange(r.Steps.Select((s, i) => new ServiceCaseStep { Position = i + 1, Name = s.Name.Trim(), On = s.On }));
    }

    /// <summary>The case with this number whose applicant's phone or ID number ends in
    /// <paramref name="check"/>; null for an unknown number and for wrong digits alike, so an
    /// answer never tells which numbers exist.</summary>
    public async Task<CaseView?> LookupAsync(string? number, string? check, CancellationToken ct)
    {
        var n = ServiceCaseRules.NormalizeNumber(number);
        if (n.Length == 0 || n.Length > ServiceCaseRules.MaxNumberLength || CheckDigits.Typed(check) is not { } digits)
        {
            return null;
        }

        var hash = protector.Index(CheckDigits.Bound(n, digits));
        var c = await db.Set<ServiceCase>().AsNoTracking().Include(x => x.Steps)
            .FirstOrDefaultAsync(x => x.Number == n && (x.PhoneCheck == hash || x.IdCheck == hash), ct);
        if (c is null)
        {
            return null;
        }

        var organ = await db.Set<Organization>().Where(o => o.Id == c.OrganizationId).Select(o => o.Name).FirstAsync(ct);
        return View(c, organ);
    }

    private CaseView View(ServiceCase c, string organ)
    {
        var name = protector.Decrypt(c.ApplicantCipher) ?? "";
        return new CaseView(c.Number, c.ItemCode, c.ItemName, organ, MaskApplicant(name), c.AcceptedOn, c.CurrentStep, c.PromisedOn, c.FinishedOn, c.Result,
            CaseTimelinessRules.Of(c.PromisedOn, c.FinishedOn, Today), c.Steps.OrderBy(s => s.Position).Select(s => new CaseStepView(s.Name, s.On)).ToList());
    }

    /// <summary>张** (SECURITY.md §2.3), for an organisation's name as well: the look-up answers
    /// anyone holding the number and the digits, who needs only to recognise the case.</summary>
    public static string MaskApplicant(string name) => Masker.Mask(PersonalInformationKind.PersonName, name);

    /// <summary>Per organ and item, over the cases accepted in <paramref name="year"/> (kept a few
    /// minutes, <see cref="CaseStatisticsCache"/>).</summary>
    public Task<List<(string Organ, CaseStatisticsRow Row)>> StatisticsAsync(int year, int? organizationId, CancellationToken ct) =>
        statistics.GetOrComputeAsync(year, Today, organizationId, () => ComputeStatisticsAsync(year, organizationId, ct));

    private async Task<List<(string Organ, CaseStatisticsRow Row)>> ComputeStatisticsAsync(int year, int? organizationId, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var query = db.Set<ServiceCase>().AsNoTracking().Where(c => c.AcceptedOn >= from && c.AcceptedOn <= to);
        if (organizationId is { } org)
        {
            query = query.Where(c => c.OrganizationId == org);
        }

        var facts = await query.Select(c => new CaseFacts(c.OrganizationId, c.ItemCode, c.ItemName, c.AcceptedOn, c.PromisedOn, c.FinishedOn)).ToListAsync(ct);
        var rows = CaseStatistics.Of(facts, Today);
        var ids = rows.Select(r => r.OrganizationId).Distinct().ToList();
        var names = await db.Set<Organization>().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => new { o.Name, o.SortOrder }, ct);
        return rows.OrderBy(r => names[r.OrganizationId].SortOrder).ThenBy(r => r.OrganizationId).Select(r => (names[r.OrganizationId].Name, r)).ToList();
    }

    /// <summary>The organ's recent cases for its staff (applicant masked there too: staff work on
    /// the cases in the 政务服务 system, not here).</summary>
    public async Task<List<CaseView>> RecentAsync(IReadOnlySet<int>? organs, int take, CancellationToken ct)
    {
        var cases = await db.Set<ServiceCase>().AsNoTracking().Include(c => c.Steps)
            .Where(c => organs == null || organs.Contains(c.OrganizationId))
            .OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id).Take(take).ToListAsync(ct);
        var ids = cases.Select(c => c.OrganizationId).Distinct().ToList();
        var names = await db.Set<Organization>().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return cases.Select(c => View(c, names[c.OrganizationId])).ToList();
    }
}

public sealed record CaseRowError(int Row, string Message);

public sealed record CaseImportResult(int Created, int Updated, int Received, IReadOnlyList<CaseRowError> Errors)
{
    public bool Ok => Errors.Count == 0;
}

public sealed record CaseStepView(string Name, DateOnly On);

/// <summary>What the public (and the API) sees of a case: no name in full, no phone, no ID number.</summary>
public sealed record CaseView(string Number, string ItemCode, string ItemName, string Organization, string Applicant, DateOnly AcceptedOn,
    string? CurrentStep, DateOnly PromisedOn, DateOnly? FinishedOn, string? Result, CaseTimeliness Timeliness, IReadOnlyList<CaseStepView> Steps);
