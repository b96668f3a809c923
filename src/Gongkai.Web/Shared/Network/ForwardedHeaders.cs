using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Gongkai.Web.Shared.Network;

/// <summary>Client address and scheme behind a gateway: X-Forwarded-For and X-Forwarded-Proto are
/// applied only when the connection comes from a configured proxy (<see cref="NetworkOptions"/>).
/// ASP.NET's own default trusts loopback; here nothing is trusted unless configured.</summary>
public static class ForwardedHeaders
{
    public static IServiceCollection AddForwardedHeadersFromSettings(this IServiceCollection services, IConfiguration configuration)
    {
        var network = configuration.GetSection(NetworkOptions.Section).Get<NetworkOptions>() ?? new NetworkOptions();
        services.Configure<NetworkOptions>(configuration.GetSection(NetworkOptions.Section));
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            // One hop: the gateway's own view of its client. A longer chain written by the client is not believed.
            o.ForwardLimit = 1;
            foreach (var proxy in network.KnownProxies.Where(p => !string.IsNullOrWhiteSpace(p)))
            {
                o.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address) ? address
                    : throw new StartupConfigurationException($"Gongkai:Network:KnownProxies 中的“{proxy}”不是 IP 地址。"));
            }

            foreach (var cidr in network.KnownNetworks.Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(cidr.Trim(), out var net) ? net
                    : throw new StartupConfigurationException($"Gongkai:Network:KnownNetworks 中的“{cidr}”不是 CIDR 网段（如 10.0.0.0/24）。"));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline. The framework's middleware believes every sender when no proxy
    /// is listed, and a connection without a peer address (in-process hosting) always; so with no
    /// proxy configured it is not used at all, and it never sees a connection without a peer.</summary>
    public static IApplicationBuilder UseForwardedHeadersFromSettings(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        return options.KnownProxies.Count == 0 && options.KnownIPNetworks.Count == 0
            ? app
            : app.UseWhen(context => context.Connection.RemoteIpAddress is not null, branch => branch.UseForwardedHeaders());
    }

    /// <summary>The client as the rate limits and quotas see it: the peer address after the
    /// forwarded headers of a known proxy were applied.</summary>
    public static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
