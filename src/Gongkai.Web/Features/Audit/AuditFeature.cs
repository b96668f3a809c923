using Gongkai.Web.Shared;

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
        // Searching and exporting are page handlers. Verifying is also an API, so a script (a
        // reliability run, a monitoring check) can verify the chain with an audit administrator's
        // token; like the page, each run is itself audited.
        app.MapPost("/api/v1/audit/verify", async (AuditChainVerifier verifier, CancellationToken ct) =>
        {
            var report = await verifier.VerifyOnRequestAsync(ct);
            return Results.Ok(new
            {
                ok = report.Ok,
                count = report.Count,
                firstSequence = report.FirstSequence,
                lastSequence = report.LastSequence,
                brokenAt = report.BrokenAt,
                message = report.Message,
            });
        }).WithSummary("校验审计日志哈希链（审计管理员）").RequireAuthorization(Policies.AuditAdmin);
    }
}
