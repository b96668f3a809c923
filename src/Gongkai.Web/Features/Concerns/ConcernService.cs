using System.Globalization;
using Gongkai.Domain.Concerns;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Concerns;

/// <summary>Creates items in the concern columns as publications (drafted here, then submitted,
/// reviewed and published on the item's staff page like any other), with the template fields of
/// 新闻发布会 and 回应关切 beside them.</summary>
public sealed class ConcernService(GongkaiDbContext db, PublicationService publications, PublicationAccess access, ConcernColumnTree columns,
    AuditTrail audit, TimeProvider clock)
{
    public const string TargetType = "concernDetails";

    public static bool HasTemplate(ConcernColumnKind kind) => kind is ConcernColumnKind.PressConference or ConcernColumnKind.ConcernResponse;

    public async Task<int> CreateAsync(int organizationId, PublicationInput item, ConcernInput input, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(organizationId, ct);
        if (!Enum.IsDefined(input.Kind))
        {
            throw new PublicationRuleException("栏目类型无效。");
        }

        var details = HasTemplate(input.Kind) ? Check(input, ChinaTime.Today(clock)) : null;
        if ((await columns.EnsureAsync(organizationId, ct)).All(c => c.Key != ConcernColumns.Of(input.Kind).Key))
        {
            throw new PublicationRuleException($"本机关的公开平台没有“{ConcernColumns.Of(input.Kind).Title}”栏目。");
        }

        item.ColumnKey = ConcernColumns.Of(input.Kind).Key;
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            // The publication and its template fields commit together or not at all.
            return await strategy.ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var publicationId = await publications.CreateAsync(organizationId, item, ct);
                if (details is not null)
                {
                    details.PublicationId = publicationId;
                    details.OrganizationId = organizationId;
                    details.CreatedAt = clock.GetUtcNow();
                    db.Add(details);
                    await db.SaveChangesAsync(ct);
                    audit.Record("concern.created", targetType: TargetType, targetId: details.Id.ToString(CultureInfo.InvariantCulture),
                        after: new { publicationId, kind = input.Kind.ToString(), details.HeldOn, details.Speakers, details.Topic, details.ConcernSource, details.ConcernRaisedOn, details.RespondedOn },
                        organizationId: organizationId);
                    await db.SaveChangesAsync(ct);
                }

                await tx.CommitAsync(ct);
                return publicationId;
            });
        }
        catch
        {
            // Rolled back; nothing of this attempt may ride along with a later save in the request.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>The template's fields, checked; every problem named in one Chinese message.</summary>
    private static ConcernDetails Check(ConcernInput input, DateOnly today)
    {
        var errors = new List<string>();
        var d = new ConcernDetails
        {
            Kind = input.Kind,
            VideoUrl = Link(input.VideoUrl, "视频地址", errors),
            PictureUrl = Link(input.PictureUrl, "图片地址", errors),
        };
        if (input.Kind == ConcernColumnKind.PressConference)
        {
            d.HeldOn = input.HeldOn;
            d.Speakers = Text(input.Speakers, 1000, "发布人", errors);
            d.Topic = Text(input.Topic, 300, "主题", errors);
            if (d.HeldOn is null)
            {
                errors.Add("请填写发布会召开日期。");
            }
            else if (d.HeldOn > today)
            {
                errors.Add("发布会召开日期不能晚于今天（预告请在发布会后补充文字实录）。");
            }

            if (d.Speakers is null)
            {
                errors.Add("请填写发布人。");
            }

            if (d.Topic is null)
            {
                errors.Add("请填写发布会主题。");
            }
        }
        else
        {
            d.Concern = Text(input.Concern, 2000, "关切内容", errors);
            d.ConcernSource = Text(input.ConcernSource, 200, "关切来源", errors);
            d.ConcernRaisedOn = input.ConcernRaisedOn;
            d.RespondedOn = input.RespondedOn;
            if (d.Concern is null)
            {
                errors.Add("请填写公众关切的内容。");
            }

            if (d.ConcernSource is null)
            {
                errors.Add("请填写关切来源（如媒体报道、网络平台、热线）。");
            }

            if (d.ConcernRaisedOn is null || d.RespondedOn is null)
            {
                errors.Add("请填写关切出现日期和回应日期。");
            }
            else if (ResponseTime.Check(d.ConcernRaisedOn.Value, d.RespondedOn.Value, today) is { } error)
            {
                errors.Add(error);
            }
        }

        return errors.Count > 0 ? throw new PublicationRuleException(string.Join(" ", errors)) : d;
    }

    private static string? Text(string? value, int max, string field, List<string> errors)
    {
        var v = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (v?.Length > max)
        {
            errors.Add($"{field}不能超过 {max} 字（现为 {v.Length} 字）。");
        }

        return v;
    }

    /// <summary>Only web addresses (or a path on this site): a <c>javascript:</c> link must never reach a public page.</summary>
    private static string? Link(string? value, string field, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var v = value.Trim();
        if (v.Length > 500 || !LocalUrl.IsLocalOrWeb(v))
        {
            errors.Add($"{field}须为以 http:// 或 https:// 开头的网址。");
        }

        return v;
    }
}
