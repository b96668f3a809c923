namespace Gongkai.Domain.Calendar;

/// <summary>A non-working day a deadline passed over, with why it was not counted ("国庆节", "周六").</summary>
public sealed record SkippedDay(DateOnly Date, string Name);
