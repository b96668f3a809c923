namespace Gongkai.Web.Data;

/// <summary>Fills what a fresh database needs (organisations, calendar, administrator accounts).
/// Each feature registers its own; they run in <see cref="Order"/> after migrations, and must be
/// idempotent because they run at every start.</summary>
public interface IStartupSeeder
{
    int Order { get; }

    Task SeedAsync(IServiceProvider services, CancellationToken ct);
}
