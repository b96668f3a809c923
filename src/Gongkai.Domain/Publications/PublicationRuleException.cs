namespace Gongkai.Domain.Publications;

/// <summary>A publication rule was broken (a transition not allowed from the current state, a
/// missing reason, a reviewer approving their own item). The message is Chinese and is shown to
/// the person as it is.</summary>
public sealed class PublicationRuleException(string message) : Exception(message);
