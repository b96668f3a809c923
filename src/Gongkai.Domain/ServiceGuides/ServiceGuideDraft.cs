using Gongkai.Domain.PowerLists;

namespace Gongkai.Domain.ServiceGuides;

/// <summary>A guide's elements (REGULATIONS.md §7.2) as an editor or the API hands them in,
/// before they are checked. Text is trimmed; blank is null.</summary>
public sealed record ServiceGuideDraft
{
    public string? Name { get; init; }

    /// <summary>事项编码; the 权责清单 item with the same code is linked.</summary>
    public string? Code { get; init; }

    /// <summary>事项类型, the same classification as the 权责清单.</summary>
    public PowerType? Type { get; init; }

    public string? Basis { get; init; }

    /// <summary>实施主体.</summary>
    public string? Implementer { get; init; }

    /// <summary>办理机构 (the section that handles it), when it is not the 实施主体 itself.</summary>
    public string? HandlingUnit { get; init; }

    public ServiceTheme? Theme { get; init; }

    /// <summary>申请主体 in words (who may apply), beyond the theme.</summary>
    public string? Applicants { get; init; }

    public string? Conditions { get; init; }

    public IReadOnlyList<MaterialDraft> Materials { get; init; } = [];

    public IReadOnlyList<string> Steps { get; init; } = [];

    /// <summary>法定时限, working days.</summary>
    public int? LegalTimeLimit { get; init; }

    /// <summary>承诺时限, working days.</summary>
    public int? PromisedTimeLimit { get; init; }

    /// <summary>True: 收费 (standard and basis required); false: 不收费; null: not answered.</summary>
    public bool? Charged { get; init; }

    public string? FeeStandard { get; init; }

    public string? FeeBasis { get; init; }

    public string? Location { get; init; }

    public string? Hours { get; init; }

    /// <summary>到现场次数; 0 is 零跑动.</summary>
    public int? Visits { get; init; }

    /// <summary>是否网办; when true <see cref="OnlineUrl"/> is required.</summary>
    public bool? Online { get; init; }

    public string? OnlineUrl { get; init; }

    public string? Result { get; init; }

    public string? ConsultPhone { get; init; }

    public string? ComplaintPhone { get; init; }

    public string? Faq { get; init; }
}

/// <summary>One 申请材料 row.</summary>
public sealed record MaterialDraft
{
    public string? Name { get; init; }

    public MaterialForm? Form { get; init; }

    public int? Copies { get; init; }

    public MaterialMedium? Medium { get; init; }

    /// <summary>来源渠道: who issues it (申请人自备, 公安机关, …).</summary>
    public string? Source { get; init; }

    public bool Required { get; init; } = true;

    /// <summary>Further requirements (规格, 签章…), optional.</summary>
    public string? Requirements { get; init; }
}

/// <summary>One reason a guide cannot be saved or submitted: the field (API path such as
/// <c>materials[1].name</c>), the vague phrase when that is the reason, and the message.</summary>
public sealed record GuideProblem(string Field, string? Phrase, string Message);
