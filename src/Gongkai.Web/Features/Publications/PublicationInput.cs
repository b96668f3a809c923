namespace Gongkai.Web.Features.Publications;

/// <summary>The draft form, as posted by the editor. Times are China time as typed.</summary>
public sealed class PublicationInput
{
    public string? ColumnKey { get; set; }

    public string? Title { get; set; }

    public string? DocumentNumber { get; set; }

    public string? Topic { get; set; }

    public string? Genre { get; set; }

    public PublicationValidity Validity { get; set; }

    public DateOnly? SignedOn { get; set; }

    public DateOnly? FormedOn { get; set; }

    public string? Summary { get; set; }

    public string? BodyHtml { get; set; }

    /// <summary>定时发布 in China time; empty publishes on final approval.</summary>
    public DateTime? ScheduledFor { get; set; }

    public string? RevisionNote { get; set; }

    public static PublicationInput From(PublicationContent content, DateTimeOffset? scheduledFor, string columnKey) => new()
    {
        ColumnKey = columnKey,
        Title = content.Title,
        DocumentNumber = content.DocumentNumber,
        Topic = content.Topic,
        Genre = content.Genre,
        Validity = content.Validity,
        SignedOn = content.SignedOn,
        FormedOn = content.FormedOn,
        Summary = content.Summary,
        BodyHtml = content.BodyHtml,
        ScheduledFor = scheduledFor?.ToOffset(Shared.ChinaTime.Offset).DateTime,
        RevisionNote = content.RevisionNote,
    };
}
