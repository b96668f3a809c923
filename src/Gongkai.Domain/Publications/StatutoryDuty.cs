namespace Gongkai.Domain.Publications;

/// <summary>Why an organ holds a statutory item by default: the rule that gives it, cited, so the
/// district office sees where a column comes from before it changes the assignment.</summary>
public sealed record StatutoryDuty(StatutoryItem Item, string Basis);
