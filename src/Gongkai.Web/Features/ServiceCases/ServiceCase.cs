using Gongkai.Web.Shared.Privacy;

namespace Gongkai.Web.Features.ServiceCases;

/// <summary>One 办件 of the district's 政务服务 system, as last pushed or imported (upserted by
/// <see cref="Number"/>). The applicant is kept only encrypted (<see cref="PersonalDataProtector"/>)
/// and shown masked; of the phone and ID number only a keyed hash of the last four characters is
/// kept, bound to the case number, to check a public look-up.</summary>
public sealed class ServiceCase
{
    public int Id { get; set; }

    /// <summary>办件编号, normalised (<see cref="Domain.ServiceCases.ServiceCaseRules.NormalizeNumber"/>), unique.</summary>
    public string Number { get; set; } = "";

    public string ItemCode { get; set; } = "";

    public string ItemName { get; set; } = "";

    public int OrganizationId { get; set; }

    /// <summary>The applicant's name, encrypted.</summary>
    public string? ApplicantCipher { get; set; }

    /// <summary>Keyed hash of the case number and the phone's last four digits.</summary>
    public string? PhoneCheck { get; set; }

    /// <summary>Keyed hash of the case number and the ID number's last four characters.</summary>
    public string? IdCheck { get; set; }

    public DateOnly AcceptedOn { get; set; }

    public string? CurrentStep { get; set; }

    public DateOnly PromisedOn { get; set; }

    public DateOnly? FinishedOn { get; set; }

    public string? Result { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<ServiceCaseStep> Steps { get; set; } = [];
}

/// <summary>A step of the case's history, in the order the 政务服务 system reported them.</summary>
public sealed class ServiceCaseStep
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    public int Position { get; set; }

    public string Name { get; set; } = "";

    public DateOnly On { get; set; }
}
