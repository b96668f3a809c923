using Gongkai.Web.Features.Audit;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Gongkai";

    public static IServiceCollection AddGongkaiDatabase(this IServiceCollection services, GongkaiOptions options, IConfiguration configuration)
    {
        var dataDirectory = options.ResolveDataDirectory();
        Directory.CreateDirectory(dataDirectory);
        services.AddSingleton(AuditKey.Load(configuration["Gongkai:Audit:Key"], dataDirectory));
        services.AddSingleton<AuditSealer>();

        if (options.Database.IsPostgres)
        {
            var connectionString = configuration.GetConnectionString(ConnectionStringName)
                ?? throw new StartupConfigurationException("Gongkai:Database:Provider=Postgres 需要连接字符串 ConnectionStrings:Gongkai。");
            services.AddDbContext<GongkaiDbContext, PostgresGongkaiDbContext>(o => o
                .UseNpgsql(connectionString, npgsql => npgsql.ExecutionStrategy(d => new PostgresExecutionStrategy(d)))
                .AddInterceptors(new DisplayTextInterceptor()));
            services.AddSingleton(_ => new HotReads(connectionString, postgres: true));
        }
        else
        {
            var connectionString = configuration.GetConnectionString(ConnectionStringName)
                ?? $"Data Source={Path.Combine(dataDirectory, "gongkai.db")}";
            services.AddDbContext<GongkaiDbContext, SqliteGongkaiDbContext>(o =>
                o.UseSqlite(connectionString).AddInterceptors(new SqliteDurabilityInterceptor(), new DisplayTextInterceptor()));
            services.AddSingleton(_ => new HotReads(connectionString, postgres: false));
        }

        return services;
    }

    /// <summary>Adds to the options of the context whichever provider is configured (a feature's
    /// interceptors); <paramref name="configure"/> runs when a context's options are built.</summary>
    public static IServiceCollection ConfigureDatabaseOptions(this IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configure)
    {
        services.ConfigureDbContext<SqliteGongkaiDbContext>(configure);
        services.ConfigureDbContext<PostgresGongkaiDbContext>(configure);
        return services;
    }

    /// <summary>Migrates the database and, unless <paramref name="seed"/> is false, runs every feature's seeder, in order.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider root, CancellationToken ct = default, bool seed = true)
    {
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        await db.Database.MigrateAsync(ct);
        if (!db.IsPostgres)
        {
            // Persistent in the file, so once here rather than on every connection open.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        if (!seed)
        {
            return;
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(scope.ServiceProvider, ct);
        }
    }
}
