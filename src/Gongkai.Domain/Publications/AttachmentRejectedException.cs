namespace Gongkai.Domain.Publications;

/// <summary>An uploaded file was refused; the message is Chinese and says why, for the editor.</summary>
public sealed class AttachmentRejectedException(string message) : Exception(message);
