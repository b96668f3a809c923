namespace Gongkai.Domain.Applications;

/// <summary>One reply outcome: the stable code (API and annual report), the annual-report group
/// and row, and the article the reply letter cites.</summary>
public sealed record ApplicationOutcome(string Code, string Group, string Name, string Article);
