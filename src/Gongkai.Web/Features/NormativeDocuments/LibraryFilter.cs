using Gongkai.Domain.NormativeDocuments;

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>The public library's filters; every one optional.</summary>
public sealed class LibraryFilter
{
    public int? Org { get; set; }

    /// <summary>成文年份 (the 发文字号 year when no signing date).</summary>
    public int? Year { get; set; }

    public string? Topic { get; set; }

    public NormativeValidity? Validity { get; set; }

    /// <summary>机关代字, matched from the start (江津府办 finds 江津府办发).</summary>
    public string? Prefix { get; set; }

    public int? NumberYear { get; set; }

    public int? Number { get; set; }

    public bool FiledOnly { get; set; }

    public int Page { get; set; } = 1;
}
