namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>A letter issued on a case, archived with it as the Word file that was generated.</summary>
public sealed class ApplicationLetter
{
    public int Id { get; set; }

    public int ApplicationId { get; set; }

    public int OrganizationId { get; set; }

    public required string Kind { get; set; }

    public required string Title { get; set; }

    public required string DocumentNumber { get; set; }

    public DateOnly IssuedOn { get; set; }

    /// <summary>The year and serial of the number; unique per organ in the database, so two staff
    /// issuing at the same moment (on any node) cannot get the same number.</summary>
    public int Year { get; set; }

    public int Serial { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }
}
