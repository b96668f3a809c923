using System.Globalization;
using Gongkai.Domain.Enforcement;

namespace Gongkai.Web.Features.Enforcement;

/// <summary>The body of <c>POST /api/v1/enforcement-decisions</c>; checked as one row of a sheet
/// (<see cref="EnforcementDecisionReader.Check"/>) so both ways in give the same messages.</summary>
public sealed class EnforcementDecisionInput
{
    public string? Organization { get; set; }

    public string? Category { get; set; }

    public string? DocumentNumber { get; set; }

    public PartyInput? Party { get; set; }

    public string? Matter { get; set; }

    public string? Facts { get; set; }

    public string? Basis { get; set; }

    public string? Result { get; set; }

    public decimal? FineAmount { get; set; }

    public string? DecidedOn { get; set; }

    public string? ValidFrom { get; set; }

    public string? ValidUntil { get; set; }

    public bool? SimpleProcedure { get; set; }

    public bool? Protected { get; set; }

    public Dictionary<string, string?> ToCells() => new()
    {
        [EnforcementColumns.Category] = Category,
        [EnforcementColumns.DocumentNumber] = DocumentNumber,
        [EnforcementColumns.PartyKind] = Party?.Kind,
        [EnforcementColumns.PartyName] = Party?.Name,
        [EnforcementColumns.IdNumber] = Party?.IdNumber,
        [EnforcementColumns.CreditCode] = Party?.CreditCode,
        [EnforcementColumns.Matter] = Matter,
        [EnforcementColumns.Facts] = Facts,
        [EnforcementColumns.Basis] = Basis,
        [EnforcementColumns.Result] = Result,
        [EnforcementColumns.FineAmount] = FineAmount?.ToString(CultureInfo.InvariantCulture),
        [EnforcementColumns.DecidedOn] = DecidedOn,
        [EnforcementColumns.ValidFrom] = ValidFrom,
        [EnforcementColumns.ValidUntil] = ValidUntil,
        [EnforcementColumns.SimpleProcedure] = SimpleProcedure == true ? "是" : null,
        [EnforcementColumns.Protected] = Protected == true ? "是" : null,
    };
}

public sealed class PartyInput
{
    public string? Kind { get; set; }

    public string? Name { get; set; }

    public string? IdNumber { get; set; }

    public string? CreditCode { get; set; }
}

public sealed record PublishInput(string? On);

public sealed record WithdrawInput(string? Kind, string? Reason);
