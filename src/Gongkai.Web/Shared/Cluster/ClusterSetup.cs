using Gongkai.Web.Data;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Shared.Cluster;

/// <summary>Registers what lets several stateless nodes share one PostgreSQL database: job leases
/// (<see cref="ClusterJob"/>), the <see cref="ClusterBus"/>, and the output-cache store whose evictions
/// reach every node. Called after every feature, since it wraps the output-cache store they use.</summary>
public static class ClusterSetup
{
    public static IServiceCollection AddCluster(this IServiceCollection services, GongkaiOptions options, IConfiguration configuration)
    {
        var connectionString = options.Database.IsPostgres ? configuration.GetConnectionString(DatabaseSetup.ConnectionStringName) : null;
        services.AddSingleton(new ClusterDatabase(connectionString));
        services.AddSingleton<JobLeases>();
        services.AddSingleton<ClusterBus>();
        services.AddHostedService(sp => sp.GetRequiredService<ClusterBus>());

        var store = services.LastOrDefault(d => d.ServiceType == typeof(IOutputCacheStore) && !d.IsKeyedService);
        if (store is not null)
        {
            services.Remove(store);
            services.AddSingleton<IOutputCacheStore>(sp => new ClusterOutputCacheStore((IOutputCacheStore)Create(store, sp), sp.GetRequiredService<ClusterBus>()));
        }

        return services;
    }

    private static object Create(ServiceDescriptor descriptor, IServiceProvider services) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
