using Gongkai.Web.Data;
using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Safeguards;

/// <summary>Overview column “领导未备案”: the organ has not filed its responsible leader (name and
/// 备案 date) with the district office (seed 六 保障措施).</summary>
public sealed class LeaderNotFiledIndicator(GongkaiDbContext db) : IComplianceIndicator
{
    public string Key => "leaderNotFiled";

    public string Name => "领导未备案";

    public int Order => 1100;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct)
    {
        var ids = query.OrganizationIds.ToList();
        var organs = await db.Set<Organization>().AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.LeaderName, o.LeaderFiledOn, o.OfficeIsSubordinateUnit }).ToListAsync(ct);
        var result = new Dictionary<int, ComplianceFinding>();
        foreach (var o in organs)
        {
            var problems = new List<string>();
            if (o.LeaderName is null || o.LeaderFiledOn is null || o.LeaderFiledOn > query.AsOf)
            {
                problems.Add("分管负责人未向区政府办公室备案");
            }

            if (o.OfficeIsSubordinateUnit)
            {
                problems.Add("政务公开工作机构为下属事业单位，应为办公室或内设机构");
            }

            if (problems.Count > 0)
            {
                result[o.Id] = new ComplianceFinding(problems.Count, ComplianceLevel.Behind, string.Join("；", problems), SafeguardUrls.Admin(o.Id));
            }
        }

        return result;
    }
}

/// <summary>Overview column “本年未培训”: no training record dated in the year up to the day judged on.</summary>
public sealed class NoTrainingIndicator(GongkaiDbContext db) : IComplianceIndicator
{
    public string Key => "noTrainingThisYear";

    public string Name => "本年未培训";

    public int Order => 1110;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct)
    {
        var ids = query.OrganizationIds.ToList();
        var start = new DateOnly(query.Year, 1, 1);
        var trained = await db.Set<TrainingRecord>().AsNoTracking()
            .Where(t => ids.Contains(t.OrganizationId) && t.HeldOn >= start && t.HeldOn <= query.AsOf)
            .Select(t => t.OrganizationId).Distinct().ToListAsync(ct);
        return ids.Except(trained).ToDictionary(id => id,
            id => new ComplianceFinding(1, ComplianceLevel.Warning, $"{query.Year}年尚无政务公开培训记录", SafeguardUrls.Admin(id)));
    }
}

public static class SafeguardUrls
{
    public static string Admin(int organizationId) => $"/admin/safeguards/{organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
