using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Features.Publications;

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>The library's validity as the platform's <see cref="PublicationValidity"/> (same four values).</summary>
public static class ValidityMap
{
    public static PublicationValidity ToPublication(NormativeValidity v) => v switch
    {
        NormativeValidity.Valid => PublicationValidity.Valid,
        NormativeValidity.Amended => PublicationValidity.Amended,
        NormativeValidity.Repealed => PublicationValidity.Repealed,
        NormativeValidity.Expired => PublicationValidity.Expired,
        _ => throw new ArgumentOutOfRangeException(nameof(v)),
    };

    public static NormativeValidity FromPublication(PublicationValidity v) => v switch
    {
        PublicationValidity.Valid => NormativeValidity.Valid,
        PublicationValidity.Amended => NormativeValidity.Amended,
        PublicationValidity.Repealed => NormativeValidity.Repealed,
        PublicationValidity.Expired => NormativeValidity.Expired,
        _ => throw new ArgumentOutOfRangeException(nameof(v)),
    };
}
