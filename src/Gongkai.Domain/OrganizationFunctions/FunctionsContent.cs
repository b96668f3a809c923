namespace Gongkai.Domain.OrganizationFunctions;

/// <summary>The content of one version of an organ's 机构职能 record: what Art. 20(二) asks an
/// organ to publish (机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名).</summary>
public sealed record FunctionsContent
{
    /// <summary>主要职责, in order; shown numbered, so the text carries no numbering of its own.</summary>
    public IReadOnlyList<string> Duties { get; init; } = [];

    public IReadOnlyList<InternalBody> InternalBodies { get; init; } = [];

    public IReadOnlyList<SubordinateUnit> Subordinates { get; init; } = [];

    public IReadOnlyList<LeaderDuty> Leaders { get; init; } = [];

    public string Address { get; init; } = "";

    public string Hours { get; init; } = "";

    public string Phone { get; init; } = "";

    public string? Fax { get; init; }

    public string? Postcode { get; init; }

    public string? Website { get; init; }
}
