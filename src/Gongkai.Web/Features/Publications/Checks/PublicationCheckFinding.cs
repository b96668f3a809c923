namespace Gongkai.Web.Features.Publications.Checks;

/// <summary>One problem found before publication. <see cref="Message"/> is Chinese and holds only
/// masked values, so it may be shown on staff pages and written to the audit log.</summary>
public sealed record PublicationCheckFinding(PublicationCheckCategory Category, string Message, bool Blocking);
