namespace Gongkai.Domain.PowerLists;

/// <summary>The fields of one 权责清单 item as a person fills them in. Text is trimmed;
/// <see cref="Code"/> is normalised (<see cref="PowerItemCode"/>).</summary>
public sealed record PowerItemFields
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>子项: the sub-item's name when the item is split into sub-items.</summary>
    public string? SubItem { get; init; }

    public PowerType Type { get; init; }

    /// <summary>设定依据: the laws and regulations with article numbers.</summary>
    public string Basis { get; init; } = "";

    /// <summary>实施主体 as written in the list (the organ, by default its own name).</summary>
    public string? Subject { get; init; }

    /// <summary>承办机构: the internal body that handles it.</summary>
    public string? HandlingUnit { get; init; }

    /// <summary>责任事项.</summary>
    public string? Responsibilities { get; init; }

    /// <summary>追责情形.</summary>
    public string? Accountability { get; init; }

    /// <summary>监督电话.</summary>
    public string? Phone { get; init; }

    /// <summary>备注.</summary>
    public string? Note { get; init; }
}
