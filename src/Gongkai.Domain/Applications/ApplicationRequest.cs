namespace Gongkai.Domain.Applications;

/// <summary>An application as a person typed it (《条例》第二十九条), before any check: the form,
/// the staff registration page and the API all arrive here. The organ and the files are checked by
/// the web layer, which needs the database for them.</summary>
public sealed record ApplicationRequest
{
    public string? ApplicantType { get; init; }

    public string? ApplicantName { get; init; }

    public string? IdNumber { get; init; }

    /// <summary>Shorthand of the API: a phone number or an e-mail address.</summary>
    public string? Contact { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Address { get; init; }

    public string? InformationTitle { get; init; }

    public string? Description { get; init; }

    public string? FormWanted { get; init; }

    public string? Delivery { get; init; }

    public string? Channel { get; init; }

    public DateOnly? ReceivedOn { get; init; }

    public string? ReceiptEvidence { get; init; }
}

/// <summary>An application whose fields passed <see cref="ApplicationInputRules.Check"/>: trimmed,
/// parsed, with the contact shorthand split into phone or e-mail. <see cref="ReceivedOn"/> is set
/// only for a staff registration of an offline channel; <see cref="IdNumberWarning"/> only when
/// staff registered a paper form whose identity number fails the check.</summary>
public sealed record CheckedApplication(
    ApplicantKind Kind,
    string Name,
    string? IdNumberWarning,
    string? Phone,
    string? Email,
    string? Address,
    string Description,
    string? Title,
    string FormWanted,
    string Delivery,
    ApplicationChannel Channel,
    DateOnly? ReceivedOn);
