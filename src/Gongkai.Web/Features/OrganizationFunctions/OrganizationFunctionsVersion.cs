using Gongkai.Domain.OrganizationFunctions;

namespace Gongkai.Web.Features.OrganizationFunctions;

/// <summary>One version of an organ's 机构职能 record (Art. 20(二)). A version is never edited once
/// saved: an editor's change is a new version pending review, and the public sees the one
/// <see cref="FunctionsVersionStatus.Published"/> version and the date it was published.</summary>
public sealed class OrganizationFunctionsVersion
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    /// <summary>1, 2, 3 … within the organ, in the order the versions were saved.</summary>
    public int Number { get; set; }

    public FunctionsVersionStatus Status { get; set; }

    public List<string> Duties { get; set; } = [];

    public List<InternalBody> InternalBodies { get; set; } = [];

    public List<SubordinateUnit> Subordinates { get; set; } = [];

    public List<LeaderDuty> Leaders { get; set; } = [];

    public string Address { get; set; } = "";

    public string Hours { get; set; } = "";

    public string Phone { get; set; } = "";

    public string? Fax { get; set; }

    public string? Postcode { get; set; }

    public string? Website { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedById { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? ReviewedAt { get; set; }

    public Guid? ReviewedById { get; set; }

    public string? ReviewedBy { get; set; }

    public string? ReviewComment { get; set; }

    /// <summary>When the version became the public record (the date the public sees).</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>When a later version replaced it on the public page.</summary>
    public DateTimeOffset? SupersededAt { get; set; }

    /// <summary>Optimistic concurrency: two reviewers deciding on the same version at once.</summary>
    public Guid Stamp { get; set; } = Guid.NewGuid();

    public FunctionsContent Content
    {
        get => new()
        {
            Duties = Duties,
            InternalBodies = InternalBodies,
            Subordinates = Subordinates,
            Leaders = Leaders,
            Address = Address,
            Hours = Hours,
            Phone = Phone,
            Fax = Fax,
            Postcode = Postcode,
            Website = Website,
        };
        set
        {
            Duties = [.. value.Duties];
            InternalBodies = [.. value.InternalBodies];
            Subordinates = [.. value.Subordinates];
            Leaders = [.. value.Leaders];
            (Address, Hours, Phone, Fax, Postcode, Website) = (value.Address, value.Hours, value.Phone, value.Fax, value.Postcode, value.Website);
        }
    }
}
