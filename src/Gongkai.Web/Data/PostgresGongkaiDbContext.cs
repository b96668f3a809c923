using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Data;

/// <summary>The production database. Migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresGongkaiDbContext(DbContextOptions<PostgresGongkaiDbContext> options, Features.Audit.AuditSealer sealer) : GongkaiDbContext(options, sealer)
{
    public override bool IsPostgres => true;
}
