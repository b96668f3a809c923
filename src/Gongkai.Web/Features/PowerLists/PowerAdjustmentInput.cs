namespace Gongkai.Web.Features.PowerLists;

/// <summary>An adjustment as the API and the staff form submit it:
/// <c>{kind: add|cancel|change|transfer, code, effectiveOn, basis, note, item?, toOrganization?}</c>.
/// <see cref="Item"/> carries the new item for 新增, the new fields for 调整, and optional changed
/// fields for 下放; <see cref="ToOrganization"/> names the receiving organ of a 下放 (id, full or short name).</summary>
public sealed record PowerAdjustmentInput
{
    public string? Kind { get; init; }

    public string? Code { get; init; }

    public DateOnly? EffectiveOn { get; init; }

    public string? Basis { get; init; }

    public string? Note { get; init; }

    public PowerItemInput? Item { get; init; }

    public string? ToOrganization { get; init; }
}

/// <summary>An item in the API's JSON (import array and adjustments); <see cref="Type"/> is the
/// Chinese name or the code (licence, penalty, …).</summary>
public sealed record PowerItemInput
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public string? SubItem { get; init; }

    public string? Type { get; init; }

    public string? Basis { get; init; }

    public string? Subject { get; init; }

    public string? HandlingUnit { get; init; }

    public string? Responsibilities { get; init; }

    public string? Accountability { get; init; }

    public string? Phone { get; init; }

    public string? Note { get; init; }

    public Dictionary<string, string?> ToCells() => new()
    {
        [Domain.PowerLists.PowerListColumns.Code] = Code,
        [Domain.PowerLists.PowerListColumns.Name] = Name,
        [Domain.PowerLists.PowerListColumns.SubItem] = SubItem,
        [Domain.PowerLists.PowerListColumns.Type] = Type,
        [Domain.PowerLists.PowerListColumns.Basis] = Basis,
        [Domain.PowerLists.PowerListColumns.Subject] = Subject,
        [Domain.PowerLists.PowerListColumns.HandlingUnit] = HandlingUnit,
        [Domain.PowerLists.PowerListColumns.Responsibilities] = Responsibilities,
        [Domain.PowerLists.PowerListColumns.Accountability] = Accountability,
        [Domain.PowerLists.PowerListColumns.Phone] = Phone,
        [Domain.PowerLists.PowerListColumns.Note] = Note,
    };
}
