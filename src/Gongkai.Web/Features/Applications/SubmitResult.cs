namespace Gongkai.Web.Features.Applications;

/// <summary>What a submission produced. <see cref="Password"/> is null when a double submission of
/// the same content (without the form token) returned the existing application: its password was
/// shown the first time and is not stored in a form that could be shown again. <see cref="Mailed"/>
/// says the code and password also went to the applicant's e-mail.</summary>
public sealed record SubmitResult(DisclosureApplication Application, string? Password, bool Duplicate, bool Mailed = false);
