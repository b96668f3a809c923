namespace Gongkai.Domain.Enforcement;

/// <summary>A checked enforcement decision as entered (the ID number in plain text: the web layer
/// stores it encrypted and never shows it).</summary>
public sealed record EnforcementDecisionFields
{
    public required EnforcementCategory Category { get; init; }

    public required string DocumentNumber { get; init; }

    public required PartyKind PartyKind { get; init; }

    public required string PartyName { get; init; }

    public string? IdNumber { get; init; }

    public string? CreditCode { get; init; }

    public required string Matter { get; init; }

    public required string Facts { get; init; }

    public required string Basis { get; init; }

    public required string Result { get; init; }

    public decimal? FineAmount { get; init; }

    public required DateOnly DecidedOn { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidUntil { get; init; }

    public bool SimpleProcedure { get; init; }

    public bool Protected { get; init; }
}

/// <summary>One checked row: the fields, or the Chinese messages naming the row and column.</summary>
public sealed record EnforcementRow(int Row, EnforcementDecisionFields? Fields, IReadOnlyList<string> Errors)
{
    public bool Ok => Fields is not null && Errors.Count == 0;
}
