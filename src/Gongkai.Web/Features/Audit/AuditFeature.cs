namespace Gongkai.Web.Features.Audit;

/// <summary>The audit log (GB/T 22239 8.1.4.3): verification, retention and the audit
/// administrator's pages under /admin/audit (Razor Pages, mapped with the others).</summary>
public static class AuditFeature
{
    public static IServiceCollection AddAuditFeature(this IServiceCollection services)
    {
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<AuditRetention>();
        services.AddHostedService<AuditRetentionJob>();
        return services;
    }

    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        // Nothing beyond the pages yet: searching, exporting and verifying are page handlers, so
        // they share the pages' cookie authentication, anti-forgery checks and AuditAdmin policy.
    }
}
