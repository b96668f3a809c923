namespace Gongkai.Web.Features.Applications;

/// <summary>Free text of a form as stored: blank is absent, and a field longer than its column is cut.</summary>
internal static class ApplicationText
{
    public static string? OrNull(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    public static string? Trim(string? s, int max)
    {
        var t = s?.Trim();
        return string.IsNullOrEmpty(t) ? null : t.Length <= max ? t : t[..max];
    }

    public static string Shorten(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
