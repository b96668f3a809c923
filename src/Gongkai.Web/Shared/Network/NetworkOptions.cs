namespace Gongkai.Web.Shared.Network;

/// <summary>The "Gongkai:Network" settings: which reverse proxies (gateway, load balancer) stand in
/// front of the platform. Only their X-Forwarded-For / X-Forwarded-Proto are believed; anyone else
/// could write any address there and pick their own rate-limit bucket.</summary>
public sealed class NetworkOptions
{
    public const string Section = "Gongkai:Network";

    /// <summary>Addresses of the proxies, e.g. <c>["10.0.0.5"]</c>. Empty (the default): the
    /// platform is reached directly and forwarded headers are ignored.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR form, e.g. <c>["10.0.0.0/24"]</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}
