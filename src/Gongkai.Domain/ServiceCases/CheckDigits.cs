using System.Text;

namespace Gongkai.Domain.ServiceCases;

/// <summary>The public look-up's second factor: the last four characters of the applicant's phone
/// number or ID number (an ID's last character may be X). Only these four are kept, and only as a
/// keyed hash bound to the 办件编号, so the stored check reveals neither the number nor the digits.</summary>
public static class CheckDigits
{
    /// <summary>The last four digits (or X) of a phone or ID number, normalised; null when there are
    /// fewer than four.</summary>
    public static string? LastFour(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var chars = value.Normalize(NormalizationForm.FormKC).Where(c => char.IsAsciiDigit(c) || c is 'x' or 'X').Select(char.ToUpperInvariant).ToArray();
        return chars.Length < 4 ? null : new string(chars[^4..]);
    }

    /// <summary>What a visitor typed as the check: exactly four digits (or X last), normalised.</summary>
    public static string? Typed(string? value)
    {
        var text = (value ?? "").Normalize(NormalizationForm.FormKC).Trim().ToUpperInvariant();
        return text.Length == 4 && text.All(c => char.IsAsciiDigit(c) || c == 'X') ? text : null;
    }

    /// <summary>The value the keyed hash is taken over: the case number and the four characters.</summary>
    public static string Bound(string caseNumber, string lastFour) => caseNumber + "|" + lastFour;
}
