using System.Globalization;
using System.Text.Json;
using Gongkai.Web.Data;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Organizations;

/// <summary>The public organ directory: <c>GET /api/v1/organizations</c>, <c>/{id}</c> and
/// <c>/resolve?q=</c>. Public because the organs and their disclosure offices are themselves
/// published information; staff-only fields (credit code editing, memberships) are not here.</summary>
public static class OrganizationsApi
{
    public sealed record Summary(int Id, string Name, string ShortName, string Kind, bool IsActive, IReadOnlyList<string> FormerNames);

    public sealed record DisclosureOffice(string? Name, string? Address, string? Hours, string? Phone, string? Fax, string? Email);

    public sealed record LeaderFiling(string? Name, string? Post, DateOnly? FiledOn);

    public sealed record Details(int Id, string Name, string ShortName, string Kind, string KindName, bool IsActive, int? MergedIntoId,
        IReadOnlyList<string> FormerNames, DisclosureOffice DisclosureOffice, LeaderFiling Leader, string? Sector = null, int? SupervisingOrganizationId = null);

    public static void MapOrganizationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/organizations").AllowAnonymous();
        group.MapGet("", ListAsync).WithSummary("列出行政机关及其公开工作机构");
        group.MapGet("/resolve", async (string? q, OrganizationDirectory directory, CancellationToken ct) =>
        {
            var match = await directory.ResolveAsync(q, ct);
            if (!match.Found)
            {
                return string.IsNullOrWhiteSpace(q) || match.IsAmbiguous ? Problems.BadRequest(match.Error!) : Problems.NotFound(match.Error!);
            }

            return Results.Ok(ToDetails((await directory.FindAsync(match.Id!.Value, ct))!));
        }).WithSummary("按名称、简称或曾用名查找机关");
        group.MapGet("/{id}", async (string id, OrganizationDirectory directory, CancellationToken ct) =>
        {
            // The route takes any text so that a non-number also gets problem-details, not the HTML error page.
            var organization = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? await directory.FindAsync(number, ct)
                : null;
            return organization is null ? Problems.NotFound($"没有编号为 {id} 的机关。") : Results.Ok(ToDetails(organization));
        }).WithSummary("读取一个机关的详细信息");
    }

    /// <summary>Query values are parsed here rather than bound, so a bad one gets a Chinese problem, not an empty 400.</summary>
    private static async Task<IResult> ListAsync(string? includeInactive, string? kind, GongkaiDbContext db, CancellationToken ct)
    {
        var withInactive = false;
        if (includeInactive is not null && !bool.TryParse(includeInactive.Trim(), out withInactive))
        {
            return Problems.BadRequest($"参数 includeInactive 的值“{includeInactive}”无效，应为 true 或 false。",
                new Dictionary<string, string[]> { ["includeInactive"] = ["应为 true 或 false。"] });
        }

        var query = db.Set<Organization>().AsNoTracking().Include(o => o.FormerNames).AsQueryable();
        if (!withInactive)
        {
            query = query.Where(o => o.IsActive);
        }

        if (kind is not null)
        {
            if (!OrganizationKindText.TryParseApi(kind, out var parsed))
            {
                return Problems.BadRequest($"机关类别“{kind}”无效，可选：{OrganizationKindText.ApiNames}。",
                    new Dictionary<string, string[]> { ["kind"] = [$"可选：{OrganizationKindText.ApiNames}。"] });
            }

            query = query.Where(o => o.Kind == parsed);
        }

        var organizations = await query.OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct);
        return Results.Ok(organizations.Select(o =>
            new Summary(o.Id, o.Name, o.ShortName, OrganizationKindText.Api(o.Kind), o.IsActive, FormerNamesOf(o))));
    }

    private static Details ToDetails(Organization o) => new(o.Id, o.Name, o.ShortName, OrganizationKindText.Api(o.Kind),
        OrganizationKindText.Chinese(o.Kind), o.IsActive, o.MergedIntoId, FormerNamesOf(o),
        new DisclosureOffice(o.OfficeName, o.OfficeAddress, o.OfficeHours, o.OfficePhone, o.OfficeFax, o.OfficeEmail),
        new LeaderFiling(o.LeaderName, o.LeaderPost, o.LeaderFiledOn),
        o.Sector is { } sector ? JsonNamingPolicy.CamelCase.ConvertName(sector.ToString()) : null, o.SupervisingOrganizationId);

    private static List<string> FormerNamesOf(Organization o) =>
        o.FormerNames.OrderBy(f => f.RecordedAt).ThenBy(f => f.Id).Select(f => f.Name).ToList();
}
