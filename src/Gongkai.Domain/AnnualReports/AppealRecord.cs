using Gongkai.Domain.Applications;

namespace Gongkai.Domain.AnnualReports;

/// <summary>A reconsideration or lawsuit about a disclosure reply: filed on, decided on (null while
/// pending) and its result once decided.</summary>
public readonly record struct AppealRecord(AppealKind Kind, DateOnly FiledOn, DateOnly? DecidedOn, AppealResult Result);
