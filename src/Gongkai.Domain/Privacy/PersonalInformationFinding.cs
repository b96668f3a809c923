namespace Gongkai.Domain.Privacy;

/// <summary>One piece of personal information found in a text.</summary>
/// <param name="Start">Offset of the first character in the text the caller passed in (for
/// <see cref="PersonalInformationDetector.ScanHtml"/>, in the HTML source).</param>
/// <param name="Length">Length in that same text; it covers any separators, full-width forms, entities
/// or tags that lay inside the number.</param>
/// <param name="Value">The normalised value: ASCII digits (ID check character upper-case), a mobile
/// number without its +86 prefix, or the e-mail address.</param>
/// <param name="Masked">What to show instead of the original span.</param>
public sealed record PersonalInformationFinding(
    PersonalInformationKind Kind,
    FindingConfidence Confidence,
    int Start,
    int Length,
    string Value,
    string Masked)
{
    public int End => Start + Length;
}
