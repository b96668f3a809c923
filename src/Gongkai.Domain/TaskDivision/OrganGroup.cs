namespace Gongkai.Domain.TaskDivision;

/// <summary>The kind of an organ as far as collective terms in a task table are concerned.</summary>
public enum OrganGroup
{
    Government,
    Department,
    Vertical,
    Town,
    Subdistrict,
    Party,
}
