using Gongkai.Domain.NormativeDocuments;

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>The 行政规范性文件 part of a <see cref="Publications.Publication"/> in the organ's
/// 第二十条第（一）项 column (1:1). The publication carries the title, text, attachments and review;
/// this carries what only a normative document has. <see cref="DocumentNumber"/> and
/// <see cref="Validity"/> are mirrored onto the publication so the platform's lists and search see them.</summary>
public sealed class NormativeDocument
{
    public int Id { get; set; }

    public int PublicationId { get; set; }

    public int OrganizationId { get; set; }

    /// <summary>Canonical 发文字号 (with 〔〕).</summary>
    public required string DocumentNumber { get; set; }

    public required string NumberPrefix { get; set; }

    public int NumberYear { get; set; }

    public int NumberSerial { get; set; }

    /// <summary>联合发文: the other issuing organs' names, separated by 、.</summary>
    public string? JointIssuers { get; set; }

    public DateOnly? SignedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    /// <summary>有效期至: the last day it is valid; from the next day it is 失效 without anyone acting.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public bool NeedsInterpretation { get; set; }

    /// <summary>备案审查: the justice bureau's filing number, date and result.</summary>
    public string? FilingNumber { get; set; }

    public DateOnly? FiledOn { get; set; }

    public string? FilingResult { get; set; }

    public string? LegalBasis { get; set; }

    /// <summary>The validity as of the last sync (the state is recomputed from the changes at read time).</summary>
    public NormativeValidity Validity { get; set; }

    public DateOnly? ValidityChangedOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<NormativeChange> Changes { get; set; } = [];

    public IReadOnlyList<ValidityChange> History => Changes.Select(c => new ValidityChange(c.To, c.On)).ToList();

    public DateOnly? IssuedOn => SignedOn ?? EffectiveOn;

    public ValidityState StateOn(DateOnly day) => NormativeLifecycle.StateOn(day, ExpiresOn, History);
}
