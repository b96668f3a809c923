namespace Gongkai.Domain.Applications;

/// <summary>An application rule was broken (an event out of order, a second extension, a
/// correction request too late). The message is Chinese and shown to the person as it is.</summary>
public sealed class ApplicationRuleException(string message) : Exception(message);
