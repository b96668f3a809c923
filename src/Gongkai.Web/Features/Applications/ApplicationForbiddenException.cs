namespace Gongkai.Web.Features.Applications;

/// <summary>The person lacks the role for this organ's applications (403, Chinese message).</summary>
public sealed class ApplicationForbiddenException(string message) : Exception(message);
