namespace Gongkai.Web.Features.Applications;

/// <summary>The database's guard against double submission: the submission key (the normalised
/// content with its channel and receipt date) is the primary key, so of two identical submissions racing on any number of
/// nodes only one can insert its application. Claims older than the duplicate window are deleted
/// before a new one is taken, so the same content may be submitted again later.</summary>
public sealed class SubmissionClaim
{
    public required string Key { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }
}
