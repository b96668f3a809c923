using Gongkai.Domain.MarketRules;
using Gongkai.Domain.Publications;

namespace Gongkai.Web.Features.MarketRules;

/// <summary>A regulatory rule or standard of the 市场监管规则和标准 library, kept by the organ that
/// issues or applies it and public from the moment it is saved (the text is already published by
/// its issuer; the library makes it findable by industry).</summary>
public sealed class MarketRule
{
    public int Id { get; set; }

    /// <summary>The organ that keeps the entry (its editors change it).</summary>
    public int OrganizationId { get; set; }

    public string Title { get; set; } = "";

    public MarketRuleKind Kind { get; set; }

    /// <summary>发布机关 as printed on the document (may be a higher authority than the keeping organ).</summary>
    public string IssuingAuthority { get; set; } = "";

    /// <summary>文号, or a standard's number (GB/T …).</summary>
    public string? DocumentNumber { get; set; }

    public DateOnly EffectiveOn { get; set; }

    public MarketRuleValidity Validity { get; set; }

    public string Industry { get; set; } = "";

    /// <summary>The text, sanitised before it is stored.</summary>
    public string BodyHtml { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<MarketRuleAttachment> Attachments { get; set; } = [];
}

/// <summary>An original file of a rule (PDF, OFD, Word…), checked like publication attachments and
/// stored in the same file store.</summary>
public sealed class MarketRuleAttachment
{
    public int Id { get; set; }

    public int RuleId { get; set; }

    public string FileName { get; set; } = "";

    public AttachmentKind Kind { get; set; }

    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    public string Sha256 { get; set; } = "";

    public Guid StoredName { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
