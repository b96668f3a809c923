namespace Gongkai.Web.Shared;

/// <summary>One condition of <c>/healthz</c> besides the database (registered by the feature that owns
/// it): a node that answers 503 is taken out of the gateway's rotation until it is ready again.</summary>
public interface IReadinessCheck
{
    /// <summary>Short name, shown to signed-in staff in the health answer.</summary>
    string Name { get; }

    Task<Readiness> CheckAsync(CancellationToken ct);
}

/// <summary>Whether the node is ready in one respect, and why not (for staff).</summary>
public sealed record Readiness(bool Ready, string Detail);
