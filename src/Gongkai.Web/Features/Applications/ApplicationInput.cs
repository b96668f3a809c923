using Gongkai.Domain.Applications;

namespace Gongkai.Web.Features.Applications;

/// <summary>An application as the public form, the staff registration page and the API send it
/// (《条例》第二十九条: who, identity proof, contact; which information; in what form).</summary>
public sealed class ApplicationInput
{
    /// <summary>Organ id, full name or short name.</summary>
    public string? Organization { get; set; }

    public string? ApplicantType { get; set; }

    public string? ApplicantName { get; set; }

    public string? IdentityProof { get; set; }

    public string? IdNumber { get; set; }

    /// <summary>Shorthand of the API: a phone number or an e-mail address.</summary>
    public string? Contact { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    public string? InformationTitle { get; set; }

    public string? DocumentNumber { get; set; }

    public string? Description { get; set; }

    public string? FormWanted { get; set; }

    public string? Delivery { get; set; }

    public string? Channel { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    public string? ReceiptEvidence { get; set; }

    /// <summary>A random token the forms still send. It no longer identifies a submission: double
    /// submissions are recognised by their content and receipt (see <see cref="SubmissionKey"/>), so no token
    /// a client chooses can reach another submission's case.</summary>
    public string? FormToken { get; set; }

    /// <summary>The fields <see cref="ApplicationInputRules"/> checks.</summary>
    public ApplicationRequest ToRequest() => new()
    {
        ApplicantType = ApplicantType,
        ApplicantName = ApplicantName,
        IdNumber = IdNumber,
        Contact = Contact,
        Phone = Phone,
        Email = Email,
        Address = Address,
        InformationTitle = InformationTitle,
        Description = Description,
        FormWanted = FormWanted,
        Delivery = Delivery,
        Channel = Channel,
        ReceivedOn = ReceivedOn,
        ReceiptEvidence = ReceiptEvidence,
    };
}
