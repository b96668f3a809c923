using Gongkai.Domain.NormativeDocuments;

namespace Gongkai.Web.Features.Interpretations;

/// <summary>The interpretation fields of the staff form.</summary>
public sealed class InterpretationInput
{
    public InterpretationForm Form { get; set; }

    public string? MediaUrl { get; set; }

    /// <summary>发文字号 of the documents it explains, one per line (any bracket style).</summary>
    public string? DocumentNumbers { get; set; }
}
