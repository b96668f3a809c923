using System.Data.Common;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Audit;

/// <summary>SECURITY.md R6: retention is configurable with a floor of 180 days (Cybersecurity Law
/// Art. 21(3)), default three years; no purge removes a row younger than the floor.</summary>
public sealed class AuditRetentionTests
{
    [Fact]
    public async Task Default_retention_is_three_years()
    {
        using var factory = NewFactory();
        await using var scope = factory.Scope();
        Assert.Equal(3 * 365, await scope.ServiceProvider.GetRequiredService<AuditRetention>().RetentionDaysAsync());
    }

    [Fact]
    public async Task Retention_below_180_days_is_refused_with_a_Chinese_message_and_the_attempt_is_audited()
    {
        using var factory = NewFactory();
        await using (var scope = factory.Scope())
        {
            var retention = scope.ServiceProvider.GetRequiredService<AuditRetention>();
            var error = await retention.SetRetentionDaysAsync(179);
            Assert.NotNull(error);
            Assert.Contains("不得少于 180 天", error);
            Assert.Equal(3 * 365, await retention.RetentionDaysAsync());
        }

        await factory.WithDbAsync(async db =>
        {
            Assert.Null(await db.Set<AuditSettings>().SingleOrDefaultAsync());
            var attempt = await db.Set<AuditEntry>().SingleAsync(e => e.EventType == AuditEvents.RetentionChanged);
            Assert.False(attempt.Success);
            Assert.Contains("179", attempt.After);
        });
    }

    [Fact]
    public async Task Retention_of_180_days_or_more_is_stored_and_audited_with_before_and_after()
    {
        using var factory = NewFactory();
        await using (var scope = factory.Scope())
        {
            var retention = scope.ServiceProvider.GetRequiredService<AuditRetention>();
            Assert.Null(await retention.SetRetentionDaysAsync(180));
            Assert.Null(await retention.SetRetentionDaysAsync(400));
            Assert.Equal(400, await retention.RetentionDaysAsync());
        }

        await factory.WithDbAsync(async db =>
        {
            var changes = await db.Set<AuditEntry>().Where(e => e.EventType == AuditEvents.RetentionChanged).OrderBy(e => e.Sequence).ToListAsync();
            Assert.Equal(2, changes.Count);
            Assert.All(changes, c => Assert.True(c.Success));
            Assert.Equal("""{"retentionDays":180}""", changes[1].Before);
            Assert.Equal("""{"retentionDays":400}""", changes[1].After);
        });
    }

    [Fact]
    public async Task Purge_removes_rows_past_retention_records_the_count_and_the_chain_still_verifies()
    {
        using var factory = NewFactory();
        await ArrangeAgesAsync(factory);
        await using (var scope = factory.Scope())
        {
            var retention = scope.ServiceProvider.GetRequiredService<AuditRetention>();
            Assert.Null(await retention.SetRetentionDaysAsync(365));
            var result = await retention.PurgeAsync();
            Assert.Equal(2, result.Purged);
            Assert.Equal(3, result.FirstKeptSequence);
        }

        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(["age.200", "age.100", "age.0"], await RemainingAgesAsync(db));
            var purge = await db.Set<AuditEntry>().SingleAsync(e => e.EventType == AuditEvents.Purged);
            Assert.True(purge.Success);
            Assert.Contains("\"purged\":2", purge.After);
            Assert.Equal("3", purge.TargetId);
        });

        // The first remaining row's link is trusted because the purge recorded it as the anchor.
        var report = await factory.VerifyAsync();
        Assert.True(report.Ok, report.Message);
        Assert.Equal(3, report.FirstSequence);
    }

    [Fact]
    public async Task Purge_never_deletes_rows_younger_than_180_days_even_when_retention_is_misconfigured()
    {
        using var factory = NewFactory();
        await ArrangeAgesAsync(factory);

        // Misconfigured behind the application's back: 30 days, below the floor.
        await factory.WithDbAsync(async db =>
        {
            db.Add(new AuditSettings { RetentionDays = 30, UpdatedAt = factory.Clock.GetUtcNow() });
            await db.SaveChangesAsync();
        });

        await using (var scope = factory.Scope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AuditRetention>().PurgeAsync();
            Assert.Equal(3, result.Purged);
            Assert.Equal(AuditTriggers.FloorDays, result.RetentionDays);
        }

        await factory.WithDbAsync(async db => Assert.Equal(["age.100", "age.0"], await RemainingAgesAsync(db)));
        Assert.True((await factory.VerifyAsync()).Ok);
    }

    [Fact]
    public async Task Database_refuses_the_purge_of_rows_it_sees_as_younger_than_180_days_and_the_failure_is_audited()
    {
        using var factory = NewFactory();
        await factory.WriteRowsAsync(2, "age.100", age: TimeSpan.FromDays(100));

        // The application's clock runs 100 days fast: it takes the rows for 200 days old, but the
        // trigger judges by the database's clock, refuses, and the whole purge rolls back.
        factory.Clock.Advance(TimeSpan.FromDays(100));
        await using (var scope = factory.Scope())
        {
            var retention = scope.ServiceProvider.GetRequiredService<AuditRetention>();
            Assert.Null(await retention.SetRetentionDaysAsync(180));
            await Assert.ThrowsAnyAsync<DbException>(() => retention.PurgeAsync());
        }

        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(2, await db.Set<AuditEntry>().CountAsync(e => e.EventType == "age.100"));
            var purges = await db.Set<AuditEntry>().Where(e => e.EventType == AuditEvents.Purged).ToListAsync();
            // The daily job also wakes when the clock jumps, so there may be two refused runs.
            Assert.NotEmpty(purges);
            Assert.All(purges, p => Assert.False(p.Success));
        });
        Assert.True((await factory.VerifyAsync()).Ok);
    }

    [Fact]
    public async Task Repeated_purges_keep_the_chain_verifiable_and_empty_runs_write_nothing()
    {
        using var factory = NewFactory();
        await ArrangeAgesAsync(factory);
        await using (var scope = factory.Scope())
        {
            var retention = scope.ServiceProvider.GetRequiredService<AuditRetention>();
            Assert.Null(await retention.SetRetentionDaysAsync(500));
            Assert.Equal(1, (await retention.PurgeAsync()).Purged);
            Assert.Null(await retention.SetRetentionDaysAsync(180));
            Assert.Equal(2, (await retention.PurgeAsync()).Purged);
            Assert.Equal(0, (await retention.PurgeAsync()).Purged);
        }

        // A run that deletes nothing writes no row; the last real purge still anchors the chain.
        await factory.WithDbAsync(async db => Assert.Equal(2, await db.Set<AuditEntry>().CountAsync(e => e.EventType == AuditEvents.Purged)));
        Assert.True((await factory.VerifyAsync()).Ok);
    }

    [Fact]
    public async Task Retention_job_purges_once_a_day_at_three_in_the_morning_China_time()
    {
        var tenAm = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(TimeSpan.FromHours(17), AuditRetentionJob.TimeUntilNextRun(tenAm));
        Assert.Equal(TimeSpan.FromDays(1), AuditRetentionJob.TimeUntilNextRun(new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.FromHours(8))));

        using var factory = NewFactory();
        await ArrangeAgesAsync(factory);
        factory.Clock.Advance(TimeSpan.FromDays(1));

        // The hosted job wakes on the fake clock; give it a moment of real time to finish.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var purged = false;
        while (!purged && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            await factory.WithDbAsync(async db => purged = await db.Set<AuditEntry>().AnyAsync(e => e.EventType == AuditEvents.Purged));
        }

        Assert.True(purged, "the retention job did not run within a simulated day");
        await factory.WithDbAsync(async db => Assert.DoesNotContain("age.1200", await RemainingAgesAsync(db)));
    }

    /// <summary>Rows aged 1200, 400, 200, 100 and 0 days, oldest first (sequences 1–5).</summary>
    private static async Task ArrangeAgesAsync(GongkaiFactory factory)
    {
        foreach (var days in new[] { 1200, 400, 200, 100, 0 })
        {
            await factory.WriteRowsAsync(1, $"age.{days}", age: TimeSpan.FromDays(days));
        }
    }

    private static Task<List<string>> RemainingAgesAsync(GongkaiDbContext db) =>
        db.Set<AuditEntry>().Where(e => e.EventType.StartsWith("age.")).OrderBy(e => e.Sequence).Select(e => e.EventType).ToListAsync();

    private static GongkaiFactory NewFactory()
    {
        var factory = new GongkaiFactory();
        factory.AtRealTime();
        return factory;
    }
}
