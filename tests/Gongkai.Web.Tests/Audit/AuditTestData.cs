using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Audit;

/// <summary>Arranging audit rows, and (for tamper tests only) lifting the database's protection
/// as a DBA with direct access would.</summary>
internal static class AuditTestData
{
    /// <summary>Writes <paramref name="count"/> rows through <see cref="AuditTrail"/> in one save,
    /// each <paramref name="age"/> old (the sealer hashes whatever time the row carries).</summary>
    public static async Task WriteRowsAsync(this GongkaiFactory factory, int count, string eventType = "test.event",
        TimeSpan? age = null, string? userName = null, bool success = true, int? organizationId = null, string? targetId = null)
    {
        await using var scope = factory.Scope();
        var trail = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        for (var i = 0; i < count; i++)
        {
            var entry = trail.Record(eventType, success, targetType: "Test", targetId: targetId ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                before: new { value = i }, after: new { value = i + 1 }, organizationId: organizationId, userName: userName ?? "tester");
            if (age is { } a)
            {
                entry.At = entry.At - a;
            }
        }

        await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().SaveChangesAsync();
    }

    public static async Task<AuditChainReport> VerifyAsync(this GongkaiFactory factory)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync();
    }

    /// <summary>Runs SQL with the append-only triggers dropped, then puts them back.</summary>
    public static async Task AsDbaAsync(this GongkaiFactory factory, params string[] sql)
    {
        await factory.WithDbAsync(async db =>
        {
            await RunAsync(db, mb => AuditTriggers.Drop(mb, db.IsPostgres));
            try
            {
                foreach (var statement in sql)
                {
                    await db.Database.ExecuteSqlRawAsync(Literal(statement));
                }
            }
            finally
            {
                await RunAsync(db, mb => AuditTriggers.Create(mb, db.IsPostgres));
            }
        });
    }

    private static async Task RunAsync(GongkaiDbContext db, Action<MigrationBuilder> build)
    {
        var mb = new MigrationBuilder(db.Database.ProviderName);
        build(mb);
        foreach (var op in mb.Operations.OfType<SqlOperation>())
        {
            await db.Database.ExecuteSqlRawAsync(Literal(op.Sql));
        }
    }

    /// <summary>EF formats raw SQL even without parameters; braces in literal SQL must be doubled.</summary>
    private static string Literal(string sql) => sql.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
}
