using Gongkai.Domain.OrganizationFunctions;

namespace Gongkai.Web.Features.OrganizationFunctions;

/// <summary>The body of <c>PUT /api/v1/organizations/{id}/functions</c>: the same field names as the
/// GET answer; a 下属单位's <c>kind</c> is its Chinese name or its code (publicInstitution …).</summary>
public sealed class FunctionsApiInput
{
    public List<string?>? Duties { get; set; }

    public List<BodyInput?>? InternalBodies { get; set; }

    public List<UnitInput?>? Subordinates { get; set; }

    public List<LeaderInput?>? Leaders { get; set; }

    public string? Address { get; set; }

    public string? Hours { get; set; }

    public string? Phone { get; set; }

    public string? Fax { get; set; }

    public string? Postcode { get; set; }

    public string? Website { get; set; }

    public sealed record BodyInput(string? Name, string? Duties, string? Phone);

    public sealed record UnitInput(string? Name, string? Kind, string? Duties, int? OrganizationId);

    public sealed record LeaderInput(string? Name, string? Position, string? Responsibilities);

    /// <summary>The content to save, or the errors naming each bad 下属单位 kind.</summary>
    public (FunctionsContent? Content, IReadOnlyList<string> Errors) ToContent()
    {
        var errors = new List<string>();
        var units = new List<SubordinateUnit>();
        foreach (var (u, i) in (Subordinates ?? []).Select((u, i) => (u, i)))
        {
            if (u is null)
            {
                continue;
            }

            var kind = SubordinateKind.Other;
            if (!string.IsNullOrWhiteSpace(u.Kind) && !SubordinateKinds.TryParse(u.Kind, out kind))
            {
                errors.Add($"下属单位第{i + 1}行：单位类别“{u.Kind}”无效，可选：{string.Join("、", SubordinateKinds.All.Select(k => k.Name))}。");
            }

            units.Add(new SubordinateUnit(u.Name ?? "", kind, u.Duties ?? "", u.OrganizationId));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new FunctionsContent
        {
            Duties = (Duties ?? []).Select(d => d ?? "").ToList(),
            InternalBodies = (InternalBodies ?? []).Where(b => b is not null).Select(b => new InternalBody(b!.Name ?? "", b.Duties ?? "", b.Phone)).ToList(),
            Subordinates = units,
            Leaders = (Leaders ?? []).Where(l => l is not null).Select(l => new LeaderDuty(l!.Name ?? "", l.Position ?? "", l.Responsibilities ?? "")).ToList(),
            Address = Address ?? "",
            Hours = Hours ?? "",
            Phone = Phone ?? "",
            Fax = Fax,
            Postcode = Postcode,
            Website = Website,
        }, []);
    }
}
