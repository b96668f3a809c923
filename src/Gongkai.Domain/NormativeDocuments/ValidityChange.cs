namespace Gongkai.Domain.NormativeDocuments;

/// <summary>A lifecycle act on a document: from <paramref name="On"/> (China date) it is <paramref name="To"/>.</summary>
public sealed record ValidityChange(NormativeValidity To, DateOnly On);
