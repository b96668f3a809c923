namespace Gongkai.Domain.Applications;

/// <summary>One dated event of a case. Only the fields its type uses are set: working days for an
/// extension, the outcome code for a reply, the set date for a correction request, the approver of
/// an extension, the result of a reconsideration or litigation, how a notice went out, the date an
/// Art. 35 deferral sets.</summary>
public sealed record ApplicationEvent(ApplicationEventType Type, DateOnly On)
{
    public int? WorkingDays { get; init; }

    public string? Outcome { get; init; }

    public DateOnly? CorrectUntil { get; init; }

    public string? Approver { get; init; }

    public AppealResult? AppealResult { get; init; }

    /// <summary>For litigation: brought after reconsideration (复议后起诉) rather than directly.</summary>
    public bool AfterReconsideration { get; init; }

    /// <summary>For a fee notice or a consultation letter: how it went out (decides deemed receipt).</summary>
    public NoticeDelivery? Delivery { get; init; }

    /// <summary>For <see cref="ApplicationEventType.ReplyDeferred"/>: the reply date the organ set (《条例》第三十五条).</summary>
    public DateOnly? DeferredTo { get; init; }
}
