using Gongkai.Domain.PowerLists;
using Gongkai.Domain.ServiceGuides;

namespace Gongkai.Web.Features.ServiceGuides;

/// <summary>An organ's 办事指南 for one service item: every element of REGULATIONS.md §7.2 in its own
/// field, the 申请材料 as <see cref="Materials"/>, uploads as <see cref="ServiceGuideFile"/>. Public
/// at /bszn/{id} once a reviewer of the organ has approved it (<see cref="Status"/>).</summary>
public sealed class ServiceGuide
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public ServiceGuideStatus Status { get; set; }

    public string Name { get; set; } = "";

    /// <summary>事项编码, normalised like the 权责清单's (<see cref="PowerItemCode"/>), so the two link.</summary>
    public string? Code { get; set; }

    public PowerType? Type { get; set; }

    public string? Basis { get; set; }

    public string? Implementer { get; set; }

    public string? HandlingUnit { get; set; }

    public ServiceTheme? Theme { get; set; }

    public string? Applicants { get; set; }

    public string? Conditions { get; set; }

    /// <summary>办理流程, one step a line.</summary>
    public string? Steps { get; set; }

    public int? LegalTimeLimit { get; set; }

    public int? PromisedTimeLimit { get; set; }

    public bool? Charged { get; set; }

    public string? FeeStandard { get; set; }

    public string? FeeBasis { get; set; }

    public string? Location { get; set; }

    public string? Hours { get; set; }

    public int? Visits { get; set; }

    public bool? Online { get; set; }

    public string? OnlineUrl { get; set; }

    public string? Result { get; set; }

    public string? ConsultPhone { get; set; }

    public string? ComplaintPhone { get; set; }

    public string? Faq { get; set; }

    /// <summary>The 办理流程 flow chart (an image or PDF upload).</summary>
    public int? FlowChartFileId { get; set; }

    /// <summary>Required elements filled when last saved (<see cref="ServiceGuideRules.FilledCount"/>): the organ's completeness.</summary>
    public int FilledElements { get; set; }

    public List<ServiceGuideMaterial> Materials { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>Why it was returned or withdrawn.</summary>
    public string? ReviewNote { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public IReadOnlyList<string> StepList => (Steps ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool Editable => Status is ServiceGuideStatus.Draft or ServiceGuideStatus.Returned or ServiceGuideStatus.Withdrawn;

    public ServiceGuideDraft ToDraft() => new()
    {
        Name = Name,
        Code = Code,
        Type = Type,
        Basis = Basis,
        Implementer = Implementer,
        HandlingUnit = HandlingUnit,
        Theme = Theme,
        Applicants = Applicants,
        Conditions = Conditions,
        Materials = Materials.OrderBy(m => m.Position).Select(m => m.ToDraft()).ToList(),
        Steps = StepList,
        LegalTimeLimit = LegalTimeLimit,
        PromisedTimeLimit = PromisedTimeLimit,
        Charged = Charged,
        FeeStandard = FeeStandard,
        FeeBasis = FeeBasis,
        Location = Location,
        Hours = Hours,
        Visits = Visits,
        Online = Online,
        OnlineUrl = OnlineUrl,
        Result = Result,
        ConsultPhone = ConsultPhone,
        ComplaintPhone = ComplaintPhone,
        Faq = Faq,
    };

    /// <summary>Copies the elements in; materials are matched by position so that a row keeps its
    /// uploads when only its text changes. Returns the rows that went (their files go with them).</summary>
    public List<ServiceGuideMaterial> Apply(ServiceGuideDraft d)
    {
        (Name, Code, Type, Basis, Implementer, HandlingUnit) = (d.Name ?? "", d.Code is null ? null : PowerItemCode.Normalize(d.Code), d.Type, d.Basis, d.Implementer, d.HandlingUnit);
        (Theme, Applicants, Conditions, Steps) = (d.Theme, d.Applicants, d.Conditions, d.Steps.Count == 0 ? null : string.Join('\n', d.Steps));
        (LegalTimeLimit, PromisedTimeLimit, Charged, FeeStandard, FeeBasis) = (d.LegalTimeLimit, d.PromisedTimeLimit, d.Charged, d.FeeStandard, d.FeeBasis);
        (Location, Hours, Visits, Online, OnlineUrl) = (d.Location, d.Hours, d.Visits, d.Online, d.OnlineUrl);
        (Result, ConsultPhone, ComplaintPhone, Faq) = (d.Result, d.ConsultPhone, d.ComplaintPhone, d.Faq);
        FilledElements = ServiceGuideRules.FilledCount(d);
        var rows = Materials.OrderBy(m => m.Position).ToList();
        for (var i = 0; i < d.Materials.Count; i++)
        {
            if (i >= rows.Count)
            {
                var row = new ServiceGuideMaterial { Position = i };
                Materials.Add(row);
                rows.Add(row);
            }

            rows[i].Apply(d.Materials[i]);
        }

        var gone = rows.Skip(d.Materials.Count).ToList();
        foreach (var row in gone)
        {
            Materials.Remove(row);
        }

        return gone;
    }
}

/// <summary>One 申请材料 row of a guide, with its blank form and filled sample.</summary>
public sealed class ServiceGuideMaterial
{
    public int Id { get; set; }

    public int GuideId { get; set; }

    public int Position { get; set; }

    public string Name { get; set; } = "";

    public MaterialForm? Form { get; set; }

    public int? Copies { get; set; }

    public MaterialMedium? Medium { get; set; }

    public string? Source { get; set; }

    public bool Required { get; set; } = true;

    public string? Requirements { get; set; }

    public int? BlankFormFileId { get; set; }

    public int? SampleFileId { get; set; }

    public MaterialDraft ToDraft() => new()
    {
        Name = Name,
        Form = Form,
        Copies = Copies,
        Medium = Medium,
        Source = Source,
        Required = Required,
        Requirements = Requirements,
    };

    public void Apply(MaterialDraft d) =>
        (Name, Form, Copies, Medium, Source, Required, Requirements) = (d.Name ?? "", d.Form, d.Copies, d.Medium, d.Source, d.Required, d.Requirements);
}

/// <summary>An uploaded file of a guide, stored like publication attachments (GUID-named in the
/// data directory's file store, never under wwwroot) and served only through /bszn/{id}/files/{fileId}.</summary>
public sealed class ServiceGuideFile
{
    public int Id { get; set; }

    public int GuideId { get; set; }

    public GuideFileKind Kind { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    public string Sha256 { get; set; } = "";

    public Guid StorageKey { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public string UploadedBy { get; set; } = "";
}

/// <summary>The district's list of vague phrases, kept by the system administrator. One row; none
/// means the seed's list (<see cref="VaguePhrases.Seed"/>).</summary>
public sealed class ServiceGuideSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>One phrase a line (<see cref="VaguePhrases"/>).</summary>
    public string VaguePhrases { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}
