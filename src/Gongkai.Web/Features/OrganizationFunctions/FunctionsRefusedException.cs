namespace Gongkai.Web.Features.OrganizationFunctions;

/// <summary>A change to a 机构职能 record that was refused: not allowed (403), breaks a rule (422)
/// or raced with someone else (409). The message is Chinese and shown as it is.</summary>
public sealed class FunctionsRefusedException(FunctionsRefusal reason, string message, IReadOnlyList<string>? errors = null) : Exception(message)
{
    public FunctionsRefusal Reason { get; } = reason;

    public IReadOnlyList<string> Errors { get; } = errors ?? [message];
}
