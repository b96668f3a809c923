using Gongkai.Domain.Concerns;

namespace Gongkai.Web.Features.Concerns;

/// <summary>The template fields of an item in a 新闻发布会 or 回应关切 column (1:1 with its
/// publication). The text record of a press conference and the response to a concern are the
/// publication's body, so they pass the normal review like every other item.</summary>
public sealed class ConcernDetails
{
    public int Id { get; set; }

    public int PublicationId { get; set; }

    public int OrganizationId { get; set; }

    public ConcernColumnKind Kind { get; set; }

    /// <summary>新闻发布会: the day it was held.</summary>
    public DateOnly? HeldOn { get; set; }

    /// <summary>新闻发布会: 发布人, one per line (name and post).</summary>
    public string? Speakers { get; set; }

    /// <summary>新闻发布会: 主题.</summary>
    public string? Topic { get; set; }

    public string? VideoUrl { get; set; }

    public string? PictureUrl { get; set; }

    /// <summary>回应关切: the concern as the public raised it.</summary>
    public string? Concern { get; set; }

    /// <summary>回应关切: where it was raised (a newspaper, a forum, the hotline…).</summary>
    public string? ConcernSource { get; set; }

    public DateOnly? ConcernRaisedOn { get; set; }

    public DateOnly? RespondedOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
