namespace Gongkai.Domain.Applications;

/// <summary>The state of a case recomputed from its events, with the due date and the explanation
/// of how it was computed (the lines in order, and the day-by-day segments).</summary>
public sealed record CaseClockResult
{
    public required DateOnly ReceivedOn { get; init; }

    /// <summary>The day after which the reply clock counts: receipt, or the corrected application's arrival.</summary>
    public required DateOnly ClockStart { get; init; }

    public required ApplicationStage Stage { get; init; }

    /// <summary>20, plus the extension if any.</summary>
    public required int WorkingDaysAllowed { get; init; }

    /// <summary>Null while the applicant has to correct, while a pause is open, or when the
    /// calendar of a year the count runs into is not loaded (see <see cref="CalendarProblem"/>).</summary>
    public DateOnly? DueOn { get; init; }

    public required int WorkingDaysUsed { get; init; }

    public int? ExtensionWorkingDays { get; init; }

    public string? ExtensionApprover { get; init; }

    public DateOnly? CorrectionRequestedOn { get; init; }

    public DateOnly? CorrectUntil { get; init; }

    public DateOnly? CorrectionReceivedOn { get; init; }

    public DateOnly? FeeNoticeOn { get; init; }

    /// <summary>The day the applicant received the fee notice: recorded, or deemed (<see cref="FeeReceiptDeemed"/>).</summary>
    public DateOnly? FeeNoticeReceivedOn { get; init; }

    /// <summary>True while the receipt of the fee notice is only deemed from its delivery (no receipt recorded).</summary>
    public bool FeeReceiptDeemed { get; init; }

    /// <summary>20 working days from the day after <see cref="FeeNoticeReceivedOn"/> (国办函〔2020〕109号).</summary>
    public DateOnly? FeePayBy { get; init; }

    /// <summary>The reply date set under 《条例》第三十五条 (延迟答复), which replaces the Art. 33 due date.</summary>
    public DateOnly? DeferredTo { get; init; }

    public string? Outcome { get; init; }

    public DateOnly? RepliedOn { get; init; }

    public DateOnly? ArchivedOn { get; init; }

    public AppealResult? ReconsiderationResult { get; init; }

    public AppealResult? LitigationResult { get; init; }

    public bool LitigationAfterReconsideration { get; init; }

    public required IReadOnlyList<ClockPause> Pauses { get; init; }

    public required IReadOnlyList<ClockSegment> Segments { get; init; }

    public required IReadOnlyList<string> Explanation { get; init; }

    public string? CalendarProblem { get; init; }

    public bool IsOpen => ApplicationStages.IsOpen(Stage);

    public bool RepliedLate => RepliedOn is { } r && DueOn is { } d && r > d;

    public bool IsOverdue(DateOnly today) => IsOpen && DueOn is { } d && today > d;

    /// <summary>Pauses whose other side let its limit pass without an answer recorded.</summary>
    public IReadOnlyList<ClockPause> LapsedPauses(DateOnly today) => IsOpen ? Pauses.Where(p => p.LapsedBefore(today)).ToList() : [];
}
