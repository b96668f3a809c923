namespace Gongkai.Domain.NormativeDocuments;

/// <summary>One document in a clean-up, with what the checks need to know about it.</summary>
public sealed record CleanupEntry(string Name, CleanupDecision? Decision, DateOnly? IssuedOn, DateOnly? ExpiresOn, IReadOnlyCollection<ValidityChange> Changes);
