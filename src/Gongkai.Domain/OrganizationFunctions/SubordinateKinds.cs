namespace Gongkai.Domain.OrganizationFunctions;

/// <summary>Chinese names of <see cref="SubordinateKind"/>, for forms, pages and the API.</summary>
public static class SubordinateKinds
{
    public static IReadOnlyList<(SubordinateKind Kind, string Name)> All { get; } =
    [
        (SubordinateKind.PublicInstitution, "事业单位"),
        (SubordinateKind.AdministrativeBody, "下属行政机构"),
        (SubordinateKind.Outpost, "派出机构"),
        (SubordinateKind.StateEnterprise, "国有企业"),
        (SubordinateKind.Other, "其他"),
    ];

    public static string Name(SubordinateKind kind) => All.First(k => k.Kind == kind).Name;

    /// <summary>Accepts the Chinese name or the enum's name (any case), as forms and API clients send.</summary>
    public static bool TryParse(string? text, out SubordinateKind kind)
    {
        var value = text?.Trim() ?? "";
        foreach (var (k, name) in All)
        {
            if (value == name || string.Equals(value, k.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = SubordinateKind.Other;
        return false;
    }
}
