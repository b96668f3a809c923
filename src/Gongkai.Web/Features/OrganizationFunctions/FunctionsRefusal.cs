namespace Gongkai.Web.Features.OrganizationFunctions;

/// <summary>Why a change to a 机构职能 record was refused.</summary>
public enum FunctionsRefusal
{
    Forbidden,
    Invalid,
    Conflict,
}
