namespace Gongkai.Web.Features.Publications;

/// <summary>The person may see the item but lacks the role for this action (answered with 403).</summary>
public sealed class PublicationForbiddenException(string message) : Exception(message);
