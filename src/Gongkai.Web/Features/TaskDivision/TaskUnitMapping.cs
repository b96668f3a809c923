namespace Gongkai.Web.Features.TaskDivision;

/// <summary>A unit name from a notice that matched no organ, mapped by an administrator; used by
/// every later import so the same name is never asked about twice.</summary>
public sealed class TaskUnitMapping
{
    public int Id { get; set; }

    /// <summary>The name's comparison key (OrganizationNames.Key).</summary>
    public required string NameKey { get; set; }

    public required string Name { get; set; }

    public int OrganizationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
