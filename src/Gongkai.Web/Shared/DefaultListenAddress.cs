namespace Gongkai.Web.Shared;

/// <summary>Port 5080 on localhost when the deployer says nothing else. It used to be <c>Urls</c> in
/// appsettings.json, which silently beat <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c> and
/// <c>--urls</c>; as a default applied only when none of the host's own address settings
/// is present, every standard way of choosing the address works again.</summary>
public static class DefaultListenAddress
{
    public const string Url = "http://localhost:5080";

    /// <summary>The host's address settings: <c>urls</c> (<c>--urls</c>, <c>ASPNETCORE_URLS</c>,
    /// <c>Urls</c>), <c>http_ports</c>/<c>https_ports</c> (<c>ASPNETCORE_HTTP_PORTS</c>, …) and
    /// Kestrel endpoints from configuration.</summary>
    public static bool IsChosen(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();

    public static void ApplyUnlessChosen(WebApplicationBuilder builder)
    {
        if (!IsChosen(builder.Configuration))
        {
            builder.WebHost.UseUrls(Url);
        }
    }
}
