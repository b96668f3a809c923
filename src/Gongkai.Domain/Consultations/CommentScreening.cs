namespace Gongkai.Domain.Consultations;

/// <summary>The organ's screening of a public comment before it appears (personal data, abuse).
/// A comment is shown only once <see cref="Approved"/>; a rejected one is still counted in the
/// feedback report, never shown.</summary>
public enum CommentScreening
{
    Pending,
    Approved,
    Rejected,
}
