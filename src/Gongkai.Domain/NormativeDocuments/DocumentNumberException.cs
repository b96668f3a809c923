namespace Gongkai.Domain.NormativeDocuments;

/// <summary>A 发文字号 that cannot be read; the message is Chinese and shown to the person as it is.</summary>
public sealed class DocumentNumberException(string message) : Exception(message);
