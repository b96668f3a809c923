namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>The normative-document fields of the staff form, as posted.</summary>
public sealed class NormativeInput
{
    public string? DocumentNumber { get; set; }

    public string? JointIssuers { get; set; }

    public DateOnly? SignedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public bool NeedsInterpretation { get; set; }

    public string? FilingNumber { get; set; }

    public DateOnly? FiledOn { get; set; }

    public string? FilingResult { get; set; }

    public string? LegalBasis { get; set; }

    public static NormativeInput From(NormativeDocument d) => new()
    {
        DocumentNumber = d.DocumentNumber,
        JointIssuers = d.JointIssuers,
        SignedOn = d.SignedOn,
        EffectiveOn = d.EffectiveOn,
        ExpiresOn = d.ExpiresOn,
        NeedsInterpretation = d.NeedsInterpretation,
        FilingNumber = d.FilingNumber,
        FiledOn = d.FiledOn,
        FilingResult = d.FilingResult,
        LegalBasis = d.LegalBasis,
    };
}
