namespace Gongkai.Web.Features.Publications;

/// <summary>有效性 of a document.</summary>
public enum PublicationValidity
{
    Valid,
    Amended,
    Repealed,
    Expired,
}
