namespace Gongkai.Domain.NormativeDocuments;

/// <summary>A lifecycle rule was broken; the message is Chinese and shown to the person as it is.</summary>
public sealed class NormativeRuleException(string message) : Exception(message);
