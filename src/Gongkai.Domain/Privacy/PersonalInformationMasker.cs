using System.Text;

namespace Gongkai.Domain.Privacy;

/// <summary>Masks personal information per the house rules (SECURITY.md §2.3): ID <c>500116********1234</c>
/// (or <c>50*************234</c>), mobile <c>138****1234</c>, bank card <c>**** **** **** 1234</c>,
/// e-mail <c>z***@example.com</c>. The masked text is what gets published: redaction is done on the
/// content itself, never by hiding it with CSS (条例 Art. 37).</summary>
public sealed class PersonalInformationMasker
{
    public PersonalInformationMasker(IdNumberMaskStyle idNumberStyle = IdNumberMaskStyle.KeepFirst6Last4) =>
        IdNumberStyle = idNumberStyle;

    public IdNumberMaskStyle IdNumberStyle { get; }

    /// <summary>Masks a normalised value as reported in <see cref="PersonalInformationFinding.Value"/>.</summary>
    public string Mask(PersonalInformationKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return kind switch
        {
            PersonalInformationKind.ResidentId or PersonalInformationKind.ResidentIdLegacy => MaskIdNumber(value),
            PersonalInformationKind.Mobile when value.Length >= 7 => string.Concat(value.AsSpan(0, 3), "****", value.AsSpan(value.Length - 4)),
            PersonalInformationKind.BankCard when value.Length >= 4 => "**** **** **** " + value[^4..],
            PersonalInformationKind.Email => MaskEmail(value),
            // 张* / 张** (SECURITY.md §2.3): the surname stays, the given name goes.
            PersonalInformationKind.PersonName when value.Length >= 2 => value[..1] + new string('*', value.Length - 1),
            _ => new string('*', value.Length),
        };
    }

    /// <summary>The text with every finding replaced by its mask and everything else unchanged
    /// (one-click masking before publication).</summary>
    public string MaskAll(string text) => MaskAll(text, []);

    /// <summary>As <see cref="MaskAll(string)"/>, leaving alone the values the organ publishes on
    /// purpose (its official e-mail address or phone numbers).</summary>
    /// <param name="knownNames">Private persons' names to mask as well (e.g. the writer of a public
    /// comment), found as <see cref="PersonalInformationDetector"/> finds them.</param>
    public string MaskAll(string text, IEnumerable<string> allowList, IEnumerable<string>? knownNames = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var findings = new PersonalInformationDetector(allowList, this, knownNames).Scan(text);
        if (findings.Count == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var position = 0;
        foreach (var f in findings)
        {
            sb.Append(text, position, f.Start - position).Append(f.Masked);
            position = f.End;
        }

        return sb.Append(text, position, text.Length - position).ToString();
    }

    private string MaskIdNumber(string value)
    {
        var (keepStart, keepEnd) = IdNumberStyle == IdNumberMaskStyle.KeepFirst2Last3 ? (2, 3) : (6, 4);
        if (value.Length <= keepStart + keepEnd)
        {
            return new string('*', value.Length);
        }

        return string.Concat(value.AsSpan(0, keepStart), new string('*', value.Length - keepStart - keepEnd), value.AsSpan(value.Length - keepEnd));
    }

    private static string MaskEmail(string value)
    {
        var at = value.LastIndexOf('@');
        return at <= 0 ? "***" : string.Concat(value.AsSpan(0, 1), "***", value.AsSpan(at));
    }
}
