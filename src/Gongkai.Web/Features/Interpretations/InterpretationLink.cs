namespace Gongkai.Web.Features.Interpretations;

/// <summary>An interpretation explains a normative document.</summary>
public sealed class InterpretationLink
{
    public int Id { get; set; }

    public int InterpretationId { get; set; }

    public int DocumentId { get; set; }
}
