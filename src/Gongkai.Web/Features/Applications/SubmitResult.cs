namespace Gongkai.Web.Features.Applications;

/// <summary>What a submission produced. <see cref="Password"/> is null when a double submission
/// returned the existing application: its password was shown (and mailed) the first time, is not
/// stored in a form that could be shown again, and is never replaced by a second submission.
/// <see cref="Mailed"/> says the code and password also went to the applicant's e-mail.</summary>
public sealed record SubmitResult(DisclosureApplication Application, string? Password, bool Duplicate, bool Mailed = false);
