using Gongkai.Domain.Concerns;

namespace Gongkai.Web.Features.Concerns;

/// <summary>The template fields as the editor posts them with the draft.</summary>
public sealed class ConcernInput
{
    public ConcernColumnKind Kind { get; set; }

    public DateOnly? HeldOn { get; set; }

    public string? Speakers { get; set; }

    public string? Topic { get; set; }

    public string? VideoUrl { get; set; }

    public string? PictureUrl { get; set; }

    public string? Concern { get; set; }

    public string? ConcernSource { get; set; }

    public DateOnly? ConcernRaisedOn { get; set; }

    public DateOnly? RespondedOn { get; set; }
}
