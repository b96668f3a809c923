using Gongkai.Domain.Enforcement;
using Gongkai.Domain.Privacy;

namespace Gongkai.Web.Features.Enforcement;

/// <summary>The texts of a decision as the public sees them, on every surface (page, API, search):
/// a natural person's name masked wherever it appears, any ID number, phone or other personal
/// data found in the free text masked (SECURITY.md §2.3), a protected party left out.</summary>
public static class EnforcementPublicText
{
    private static readonly PersonalInformationMasker Masker = new();

    public static string Mask(EnforcementDecision d, string text)
    {
        if (d.PartyKind == PartyKind.NaturalPerson || d.Protected)
        {
            var name = d.PartyName.Trim();
            if (name.Length > 0)
            {
                text = text.Replace(name, d.Protected ? "当事人" : PartyNameMask.Mask(name), StringComparison.Ordinal);
            }
        }

        return Masker.MaskAll(text);
    }

    public static string Facts(EnforcementDecision d) => Mask(d, d.Facts);

    public static string Result(EnforcementDecision d) => Mask(d, d.Result);

    public static string Matter(EnforcementDecision d) => Mask(d, d.Matter);

    /// <summary>The API's public shape of a decision.</summary>
    public static object Json(EnforcementDecision d, string organ) => new
    {
        id = d.Id,
        organization = organ,
        organizationId = d.OrganizationId,
        category = EnforcementCategories.Code(d.Category),
        categoryName = EnforcementCategories.Name(d.Category),
        documentNumber = d.DocumentNumber,
        party = new { kind = PartyKinds.Code(d.PartyKind), name = d.PublicPartyName, creditCode = d.PublicCreditCode },
        matter = Matter(d),
        facts = Facts(d),
        basis = d.Basis,
        result = Result(d),
        fineAmount = d.FineAmount,
        decidedOn = d.DecidedOn,
        validFrom = d.ValidFrom,
        validUntil = d.ValidUntil,
        publishedOn = d.PublishedOn,
        url = EnforcementUrls.Decision(d.Id),
    };
}
