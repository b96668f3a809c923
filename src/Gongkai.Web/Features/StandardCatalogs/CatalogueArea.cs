namespace Gongkai.Web.Features.StandardCatalogs;

/// <summary>One of the 26 areas of 基层政务公开标准化规范化. <see cref="Number"/> is the order of
/// REGULATIONS.md §6 and never changes; the district office may rename <see cref="Name"/>.</summary>
public sealed class CatalogueArea
{
    public int Id { get; set; }

    public int Number { get; set; }

    public required string Name { get; set; }
}

/// <summary>An organ or town has adopted an area: its catalogue for the area is published on
/// /xxgk/{orgId}/bzml, and areas it has not adopted are not listed there.</summary>
public sealed class CatalogueAdoption
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public int AreaId { get; set; }

    public DateTimeOffset AdoptedAt { get; set; }
}
