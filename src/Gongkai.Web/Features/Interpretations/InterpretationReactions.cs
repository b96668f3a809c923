using System.Globalization;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations;

/// <summary>舆情 follow-up of interpretations: editors of the organ record the reactions found after
/// publication and the response made; each record and answer is audited.</summary>
public sealed class InterpretationReactions(GongkaiDbContext db, PublicationAccess access, AuditTrail audit, TimeProvider clock)
{
    public const string TargetType = "interpretationReaction";

    public sealed record Summary(int PublicationId, string Title, DateTimeOffset? PublishedAt, int Reactions, int Open, DateOnly? LatestFoundOn);

    /// <summary>The organ's published interpretations with their reaction counts, those with open reactions first.</summary>
    public async Task<List<Summary>> DashboardAsync(int organizationId, CancellationToken ct = default)
    {
        var rows = await (from i in db.Set<PolicyInterpretation>()
                          join p in db.Set<Publication>().VisibleAt(clock.GetUtcNow()) on i.PublicationId equals p.Id
                          where i.OrganizationId == organizationId
                          select new
                          {
                              p.Id,
                              p.Title,
                              p.PublishedAt,
                              Reactions = db.Set<InterpretationReaction>().Count(r => r.PublicationId == p.Id),
                              Open = db.Set<InterpretationReaction>().Count(r => r.PublicationId == p.Id && r.RespondedOn == null),
                              Latest = db.Set<InterpretationReaction>().Where(r => r.PublicationId == p.Id).Max(r => (DateOnly?)r.FoundOn),
                          }).AsNoTracking().ToListAsync(ct);
        return rows.Select(r => new Summary(r.Id, r.Title, r.PublishedAt, r.Reactions, r.Open, r.Latest))
            .OrderByDescending(r => r.Open).ThenByDescending(r => r.LatestFoundOn).ThenByDescending(r => r.PublishedAt).ToList();
    }

    public Task<List<InterpretationReaction>> ListAsync(int publicationId, CancellationToken ct = default) =>
        db.Set<InterpretationReaction>().AsNoTracking().Where(r => r.PublicationId == publicationId).OrderByDescending(r => r.FoundOn).ThenByDescending(r => r.Id).ToListAsync(ct);

    /// <summary>Records a reaction (with its response when already made). Chinese messages name the field.</summary>
    public async Task<int> RecordAsync(int publicationId, DateOnly? foundOn, string? source, string? summary, string? response, DateOnly? respondedOn, CancellationToken ct = default)
    {
        var interpretation = await db.Set<PolicyInterpretation>().AsNoTracking().FirstOrDefaultAsync(i => i.PublicationId == publicationId, ct)
            ?? throw new PublicationRuleException("未找到该政策解读。");
        await access.RequireEditorAsync(interpretation.OrganizationId, ct);
        var today = ChinaTime.Today(clock);
        var errors = new List<string>();
        var s = Required(source, 200, "舆情来源", errors);
        var text = Required(summary, 2000, "舆情内容", errors);
        var answer = string.IsNullOrWhiteSpace(response) ? null : response.Trim();
        if (foundOn is null)
        {
            errors.Add("请填写发现日期。");
        }
        else if (foundOn > today)
        {
            errors.Add("发现日期不能晚于今天。");
        }

        if (answer?.Length > 4000)
        {
            errors.Add($"回应情况不能超过 4000 字（现为 {answer.Length} 字）。");
        }

        if ((answer is null) != (respondedOn is null))
        {
            errors.Add("回应情况和回应日期须同时填写（尚未回应时都不填）。");
        }
        else if (respondedOn is { } on && foundOn is { } found && (on < found || on > today))
        {
            errors.Add("回应日期须在发现日期和今天之间。");
        }

        if (errors.Count > 0)
        {
            throw new PublicationRuleException(string.Join(" ", errors));
        }

        var row = new InterpretationReaction
        {
            PublicationId = publicationId,
            OrganizationId = interpretation.OrganizationId,
            FoundOn = foundOn!.Value,
            Source = s!,
            Summary = text!,
            Response = answer,
            RespondedOn = respondedOn,
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = access.UserName,
        };
        db.Add(row);
        await db.SaveChangesAsync(ct);
        audit.Record("interpretation.reactionRecorded", targetType: TargetType, targetId: row.Id.ToString(CultureInfo.InvariantCulture),
            after: new { publicationId, row.FoundOn, row.Source, row.Summary, row.Response, row.RespondedOn }, organizationId: row.OrganizationId);
        await db.SaveChangesAsync(ct);
        return row.Id;
    }

    /// <summary>Adds the response to a reaction recorded while still open.</summary>
    public async Task RespondAsync(int reactionId, string? response, DateOnly? respondedOn, CancellationToken ct = default)
    {
        var row = await db.Set<InterpretationReaction>().FirstOrDefaultAsync(r => r.Id == reactionId, ct) ?? throw new PublicationRuleException("未找到该舆情记录。");
        await access.RequireEditorAsync(row.OrganizationId, ct);
        var answer = response?.Trim();
        if (string.IsNullOrEmpty(answer) || respondedOn is null)
        {
            throw new PublicationRuleException("请填写回应情况和回应日期。");
        }

        if (answer.Length > 4000)
        {
            throw new PublicationRuleException($"回应情况不能超过 4000 字（现为 {answer.Length} 字）。");
        }

        if (respondedOn < row.FoundOn || respondedOn > ChinaTime.Today(clock))
        {
            throw new PublicationRuleException("回应日期须在发现日期和今天之间。");
        }

        var before = new { row.Response, row.RespondedOn };
        row.Response = answer;
        row.RespondedOn = respondedOn;
        audit.Record("interpretation.reactionAnswered", targetType: TargetType, targetId: row.Id.ToString(CultureInfo.InvariantCulture),
            before: before, after: new { row.Response, row.RespondedOn }, organizationId: row.OrganizationId);
        await db.SaveChangesAsync(ct);
    }

    private static string? Required(string? value, int max, string field, List<string> errors)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            errors.Add($"请填写{field}。");
        }
        else if (v.Length > max)
        {
            errors.Add($"{field}不能超过 {max} 字（现为 {v.Length} 字）。");
        }

        return v;
    }
}
