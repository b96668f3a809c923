using System.Globalization;
using System.Text;

namespace Gongkai.Domain.Organizations;

/// <summary>How organ names are compared. Task tables, old documents and people typing into a form
/// spell the same organ differently: full-width or half-width brackets, stray spaces, and the
/// district prefix written out (重庆市江津区…), shortened (江津区…) or reduced to 区…. All of those
/// must find the same organ, so names are compared by key, never as typed.</summary>
public static class OrganizationNames
{
    public const int MaxNameLength = 100;

    public const int MaxShortNameLength = 50;

    private static readonly string[] DistrictPrefixes = ["重庆市江津区", "江津区", "区"];

    /// <summary>The form of a name to store and show: NFKC (full-width letters and digits become
    /// half-width) and no whitespace anywhere, because Chinese names never contain spaces and a
    /// space pasted from a Word table must not make a second organ.</summary>
    public static string Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var normalized = name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The comparison key: the cleaned name, case-folded for the occasional Latin letter.</summary>
    public static string Key(string? name) => Clean(name).ToUpperInvariant();

    /// <summary>Every key under which a name may be written: as is, and with each of the district
    /// prefixes swapped for the others (区财政局 = 江津区财政局 = 重庆市江津区财政局).</summary>
    public static IReadOnlySet<string> Variants(string? name)
    {
        var key = Key(name);
        var variants = new HashSet<string>(StringComparer.Ordinal);
        if (key.Length == 0)
        {
            return variants;
        }

        variants.Add(key);
        foreach (var prefix in DistrictPrefixes)
        {
            // A bare prefix ("区") is not a name; the rest must say which organ is meant.
            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = key[prefix.Length..];
                foreach (var other in DistrictPrefixes)
                {
                    variants.Add(other + rest);
                }

                break;
            }
        }

        return variants;
    }

    /// <summary>Why a full name or short name cannot be used, or null when it can.</summary>
    public static string? CheckName(string cleaned, string label, int maxLength)
    {
        if (cleaned.Length == 0)
        {
            return $"请填写{label}。";
        }

        if (cleaned.Length > maxLength)
        {
            return $"{label}不能超过 {maxLength} 个字符（现为 {cleaned.Length} 个）。";
        }

        return cleaned.All(char.IsAsciiDigit) ? $"{label}不能全为数字（数字用于表示机关编号）。" : null;
    }
}
