using Gongkai.Domain.Applications;

namespace Gongkai.Web.Features.Applications;

/// <summary>One stored event of a case (see <see cref="Domain.Applications.ApplicationEvent"/>).
/// Events are appended, never edited: the clock is recomputed from all of them.</summary>
public sealed class ApplicationEventRecord
{
    public int Id { get; set; }

    public int ApplicationId { get; set; }

    /// <summary>Stored as its <see cref="ApplicationEventTypes"/> code.</summary>
    public required ApplicationEventType Type { get; set; }

    public DateOnly On { get; set; }

    public int? WorkingDays { get; set; }

    public string? Outcome { get; set; }

    public DateOnly? CorrectUntil { get; set; }

    public string? Approver { get; set; }

    /// <summary>The processing fee of a <c>feeNoticeSent</c> event, in 元 (国办函〔2020〕109号).</summary>
    public decimal? Amount { get; set; }

    public string? AppealResult { get; set; }

    public bool AfterReconsideration { get; set; }

    /// <summary>How a fee notice or consultation letter went out (<see cref="NoticeDeliveries"/> code).</summary>
    public string? Delivery { get; set; }

    /// <summary>The reply date set by a <c>replyDeferred</c> event (《条例》第三十五条).</summary>
    public DateOnly? DeferredTo { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string? RecordedBy { get; set; }
}
