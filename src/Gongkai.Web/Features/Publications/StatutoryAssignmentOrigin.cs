namespace Gongkai.Web.Features.Publications;

/// <summary>Who decided a <see cref="StatutoryAssignment"/>.</summary>
public enum StatutoryAssignmentOrigin
{
    /// <summary>The platform's default by organ kind and name (or a column the organ already had).</summary>
    Seeded,

    /// <summary>The district office, on the statutory-columns page.</summary>
    DistrictOffice,
}
