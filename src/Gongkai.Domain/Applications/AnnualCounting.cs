namespace Gongkai.Domain.Applications;

/// <summary>How a case counts in the annual report's table 三 for a year (REGULATIONS.md §3.3):
/// 一 received this year, 二 carried over from last year, 三 handled this year (by outcome), 四
/// carried forward. Per column, 一 + 二 = 三（七） + 四.</summary>
public static class AnnualCounting
{
    public static bool ReceivedIn(int year, DateOnly receivedOn) => receivedOn.Year == year;

    /// <summary>Received before the year and still open on its first day.</summary>
    public static bool CarriedOverInto(int year, DateOnly receivedOn, DateOnly? closedOn) =>
        receivedOn.Year < year && (closedOn is null || closedOn.Value.Year >= year);

    /// <summary>Received by the end of the year and still open on its last day.</summary>
    public static bool CarriedForwardFrom(int year, DateOnly receivedOn, DateOnly? closedOn) =>
        receivedOn.Year <= year && (closedOn is null || closedOn.Value.Year > year);

    public static bool HandledIn(int year, DateOnly? closedOn) => closedOn?.Year == year;
}
