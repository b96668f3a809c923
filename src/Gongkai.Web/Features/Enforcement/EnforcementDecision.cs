using Gongkai.Domain.Enforcement;
using Gongkai.Web.Shared.Privacy;

namespace Gongkai.Web.Features.Enforcement;

/// <summary>One administrative enforcement decision (行政执法决定) of an organ, on the publication
/// clock from the day it is entered: <see cref="PublishBy"/> is computed from the decision date
/// (<see cref="PublicationClock"/>). The party's ID number is stored only encrypted and never shown;
/// a withdrawn decision keeps its row and its reason (REGULATIONS.md §7.1: withdrawn, not deleted).</summary>
public sealed class EnforcementDecision
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public EnforcementCategory Category { get; set; }

    /// <summary>决定文书号, e.g. 江津市监处罚〔2020〕15号.</summary>
    public string DocumentNumber { get; set; } = "";

    public PartyKind PartyKind { get; set; }

    /// <summary>The full name; the public sees <see cref="PartyNameMask"/> of it for natural persons.</summary>
    public string PartyName { get; set; } = "";

    /// <summary>The ID number encrypted (<see cref="PersonalDataProtector"/>); never shown.</summary>
    public string? PartyIdNumberCipher { get; set; }

    public string? PartyCreditCode { get; set; }

    public string Matter { get; set; } = "";

    /// <summary>违法事实 (penalties) or 许可内容 (licences).</summary>
    public string Facts { get; set; } = "";

    public string Basis { get; set; } = "";

    public string Result { get; set; } = "";

    public decimal? FineAmount { get; set; }

    public DateOnly DecidedOn { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidUntil { get; set; }

    /// <summary>A penalty decided under the simple procedure (简易程序): a shorter publicity period.</summary>
    public bool SimpleProcedure { get; set; }

    /// <summary>Involves minors or other protected information: published without the party.</summary>
    public bool Protected { get; set; }

    public EnforcementStatus Status { get; set; }

    /// <summary>Due date of publication, with <see cref="DueExplanation"/>.</summary>
    public DateOnly PublishBy { get; set; }

    public string DueExplanation { get; set; } = "";

    public DateOnly? PublishedOn { get; set; }

    /// <summary>Working days after <see cref="PublishBy"/> it was published (0: on time).</summary>
    public int? LateWorkingDays { get; set; }

    /// <summary>Last day in public view (the category's publicity period); null: no end.</summary>
    public DateOnly? PublicUntil { get; set; }

    public DateOnly? WithdrawnOn { get; set; }

    public WithdrawalKind? WithdrawalKind { get; set; }

    public string? WithdrawalReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The party as the public sees it (never the ID number).</summary>
    public string PublicPartyName => Protected
        ? "（依法不公开当事人信息）"
        : PartyKind == PartyKind.NaturalPerson ? PartyNameMask.Mask(PartyName) : PartyName;

    /// <summary>The credit code as the public sees it: an organisation's is public (双公示); a
    /// 个体工商户's (92…) identifies a person, so it is left out for a natural person or a protected party.</summary>
    public string? PublicCreditCode => Protected || PartyKind == PartyKind.NaturalPerson ? null : PartyCreditCode;
}

public enum EnforcementStatus
{
    /// <summary>Entered, not yet public: on the clock.</summary>
    Pending,

    Published,

    /// <summary>Withdrawn from public view (revoked, changed); the record stays.</summary>
    Withdrawn,
}

public enum WithdrawalKind
{
    /// <summary>撤销: the decision was revoked (e.g. by reconsideration or a court).</summary>
    Revoked,

    /// <summary>变更: the decision was changed; the changed decision is entered as a new one.</summary>
    Changed,
}

public static class WithdrawalKinds
{
    public static string Name(WithdrawalKind kind) => kind == WithdrawalKind.Revoked ? "决定已撤销" : "决定已变更";

    public static WithdrawalKind? Parse(string? text) => (text ?? "").Trim() switch
    {
        "revoked" or "撤销" => WithdrawalKind.Revoked,
        "changed" or "变更" => WithdrawalKind.Changed,
        _ => null,
    };
}
