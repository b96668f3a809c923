using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Audit;

/// <summary>GB/T 22239 8.1.4.3 d, SECURITY.md R5: the audit write is part of the business
/// transaction, so when the database refuses the audit row the change is rolled back too.</summary>
public sealed class AuditTransactionTests
{
    [Fact]
    public async Task Failed_audit_write_rolls_the_business_change_back()
    {
        using var factory = new GongkaiFactory();
        factory.AtRealTime();

        // A real failure in the database, not a mock: a trigger that refuses every audit insert,
        // as a full disk or a broken constraint would.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(db.IsPostgres
            ? """
              CREATE FUNCTION test_audit_insert_fails() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '模拟审计写入失败'; END $$;
              CREATE TRIGGER test_audit_insert_fails BEFORE INSERT ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION test_audit_insert_fails();
              """
            : "CREATE TRIGGER test_audit_insert_fails BEFORE INSERT ON AuditEntries BEGIN SELECT RAISE(ABORT, '模拟审计写入失败'); END;"));

        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var trail = scope.ServiceProvider.GetRequiredService<AuditTrail>();

            // "AspNetRoles" sorts before "AuditEntries", so EF sends the role insert first: the
            // business row really reaches the database before the audit insert fails.
            db.Add(new IdentityRole<Guid>("回滚测试角色") { Id = Guid.NewGuid(), NormalizedName = "回滚测试角色" });
            db.Add(new Organization { Name = "回滚测试局", ShortName = "回滚局" });
            trail.Record("role.created", targetType: "Role", targetId: "回滚测试角色");
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await factory.WithDbAsync(async db =>
        {
            Assert.False(await db.Roles.AnyAsync(r => r.Name == "回滚测试角色"));
            Assert.False(await db.Set<Organization>().AnyAsync(o => o.Name == "回滚测试局"));
            Assert.Equal(0, await db.Set<AuditEntry>().CountAsync());
        });

        // Control: with the fault removed the same change commits, together with its audit row.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(db.IsPostgres
            ? """DROP TRIGGER test_audit_insert_fails ON "AuditEntries"; DROP FUNCTION test_audit_insert_fails();"""
            : "DROP TRIGGER test_audit_insert_fails;"));
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            db.Add(new IdentityRole<Guid>("回滚测试角色") { Id = Guid.NewGuid(), NormalizedName = "回滚测试角色" });
            scope.ServiceProvider.GetRequiredService<AuditTrail>().Record("role.created", targetType: "Role", targetId: "回滚测试角色");
            await db.SaveChangesAsync();
        }

        await factory.WithDbAsync(async db =>
        {
            Assert.True(await db.Roles.AnyAsync(r => r.Name == "回滚测试角色"));
            Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(e => e.EventType == "role.created"));
        });
        Assert.True((await factory.VerifyAsync()).Ok);
    }
}
