namespace Gongkai.Domain.Privacy;

/// <summary>The outcome of checking an identifier typed by a person: valid, or the reason in
/// Chinese so the form can show it next to the field.</summary>
public sealed record IdentifierCheck(bool IsValid, string? Reason)
{
    public static IdentifierCheck Valid { get; } = new(true, null);

    public static IdentifierCheck Invalid(string reason) => new(false, reason);
}
