using Gongkai.Domain.NormativeDocuments;

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>A compilation is assembled by criteria (year, topic, validity) or from a hand-picked list
/// of 发文字号 (one per line); the list wins when given.</summary>
public sealed class CompilationInput
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>District-wide compilations only: one organ's documents (empty = every organ).</summary>
    public int? Org { get; set; }

    public int? Year { get; set; }

    public string? Topic { get; set; }

    public NormativeValidity? Validity { get; set; }

    public string? DocumentNumbers { get; set; }
}
