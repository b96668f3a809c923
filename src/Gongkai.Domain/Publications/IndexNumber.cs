using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.Publications;

/// <summary>索引号: <c>{organ code}/{year}-{serial:00000}</c>, e.g. <c>11500116MB1234567X/2026-00012</c>.
/// The organ code is the 统一社会信用代码; an organ without one gets a placeholder built from its
/// id, so numbers stay unique until the real code is entered.</summary>
public readonly partial record struct IndexNumber(string OrganCode, int Year, int Serial)
{
    public const string PlaceholderPrefix = "JJ";

    public static IndexNumber Create(string? creditCode, int organId, int year, int serial)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(serial, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1949);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var code = string.IsNullOrWhiteSpace(creditCode) ? Placeholder(organId) : creditCode.Trim().ToUpperInvariant();
        return new IndexNumber(code, year, serial);
    }

    /// <summary>18 characters like a credit code, but starting with letters no real code has in
    /// that position, so it cannot be mistaken for one.</summary>
    public static string Placeholder(int organId) => PlaceholderPrefix + organId.ToString("D16", CultureInfo.InvariantCulture);

    public bool HasPlaceholderCode => OrganCode.StartsWith(PlaceholderPrefix, StringComparison.Ordinal);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{OrganCode}/{Year:D4}-{Serial:D5}");

    public static bool TryParse(string? text, out IndexNumber value)
    {
        value = default;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success
            || !int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(match.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var serial)
            || serial < 1)
        {
            return false;
        }

        value = new IndexNumber(match.Groups[1].Value, year, serial);
        return true;
    }

    public static IndexNumber Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"“{text}”不是有效的索引号，格式应为“机关代码/年份-五位序号”。");

    [GeneratedRegex(@"^([0-9A-Z]{18})/(\d{4})-(\d{5,9})$")]
    private static partial Regex Pattern();
}
