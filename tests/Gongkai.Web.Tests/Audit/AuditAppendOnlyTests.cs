using System.Data.Common;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Audit;

/// <summary>SECURITY.md R5 (a): the application's own connection cannot change or remove audit rows.</summary>
public sealed class AuditAppendOnlyTests : IClassFixture<GongkaiFactory>
{
    private readonly GongkaiFactory factory;

    public AuditAppendOnlyTests(GongkaiFactory factory)
    {
        this.factory = factory;
        factory.AtRealTime();
    }

    [Fact]
    public async Task App_connection_cannot_update_an_audit_row()
    {
        await factory.WriteRowsAsync(1, "appendOnly.update");
        await factory.WithDbAsync(async db =>
        {
            var row = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.EventType == "appendOnly.update").SingleAsync();
            await Assert.ThrowsAnyAsync<DbException>(() =>
                db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "Detail" = 'forged', "Success" = false WHERE "Id" = {0}""", row.Id));
            var after = await db.Set<AuditEntry>().AsNoTracking().SingleAsync(e => e.Id == row.Id);
            Assert.Null(after.Detail);
            Assert.True(after.Success);
        });
    }

    [Fact]
    public async Task App_connection_cannot_delete_an_audit_row_younger_than_180_days()
    {
        await factory.WriteRowsAsync(1, "appendOnly.delete179", age: TimeSpan.FromDays(179));
        await factory.WriteRowsAsync(1, "appendOnly.deleteNew");
        await factory.WithDbAsync(async db =>
        {
            foreach (var type in new[] { "appendOnly.delete179", "appendOnly.deleteNew" })
            {
                await Assert.ThrowsAnyAsync<DbException>(() =>
                    db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" WHERE "EventType" = {0}""", type));
                Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(e => e.EventType == type));
            }
        });
    }

    [Fact]
    public async Task App_connection_cannot_empty_the_audit_table()
    {
        await factory.WriteRowsAsync(3, "appendOnly.empty");
        await factory.WithDbAsync(async db =>
        {
            var before = await db.Set<AuditEntry>().CountAsync();
            await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" """));
            if (db.IsPostgres)
            {
                await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("""TRUNCATE "AuditEntries" """));
            }

            Assert.Equal(before, await db.Set<AuditEntry>().CountAsync());
        });
    }
}
