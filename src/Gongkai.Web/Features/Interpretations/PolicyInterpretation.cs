using Gongkai.Domain.NormativeDocuments;

namespace Gongkai.Web.Features.Interpretations;

/// <summary>The 政策解读 part of a publication in the organ's 政策解读 column (1:1): its form and the
/// documents it explains (<see cref="InterpretationLink"/>).</summary>
public sealed class PolicyInterpretation
{
    public int Id { get; set; }

    public int PublicationId { get; set; }

    public int OrganizationId { get; set; }

    public InterpretationForm Form { get; set; }

    /// <summary>For video and audio: where the media is played (an attachment or an external address).</summary>
    public string? MediaUrl { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<InterpretationLink> Links { get; set; } = [];
}
