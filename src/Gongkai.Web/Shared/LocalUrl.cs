namespace Gongkai.Web.Shared;

/// <summary>Return addresses taken from a link (<c>returnUrl</c>): only a path on this site is
/// followed. It must also pass the framework's own local-URL test, which refuses control
/// characters (<c>/%09/x</c>), or <c>LocalRedirect</c> throws and the person sees a 500.</summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= 2048 && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c));

    public static string OrDefault(string? url, string fallback) => IsLocal(url) ? url! : fallback;

    /// <summary>A link staff type for a public page: a path on this site or an http(s) address, so a
    /// <c>javascript:</c> or protocol-relative (<c>//host</c>) link never reaches a reader.</summary>
    public static bool IsLocalOrWeb(string? url) =>
        IsLocal(url) || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
