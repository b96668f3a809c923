using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gongkai.Web.Data;

/// <summary>The embedded default. Migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteGongkaiDbContext(DbContextOptions<SqliteGongkaiDbContext> options, Features.Audit.AuditSealer sealer) : GongkaiDbContext(options, sealer)
{
    public override bool IsPostgres => false;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type: EF's default text form cannot be ordered or compared in SQL.
        // A fixed-width UTC text form sorts correctly and lets triggers compare with strftime().
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTextConverter>();
    }

    private sealed class UtcTextConverter() : ValueConverter<DateTimeOffset, string>(
        v => v.UtcDateTime.ToString(SqliteTimeFormat.Pattern, System.Globalization.CultureInfo.InvariantCulture),
        v => new DateTimeOffset(DateTime.SpecifyKind(DateTime.ParseExact(v, SqliteTimeFormat.Pattern, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc)));
}

/// <summary>Matches SQLite's <c>strftime('%Y-%m-%d %H:%M:%f')</c>, so SQL and C# compare alike.</summary>
public static class SqliteTimeFormat
{
    public const string Pattern = "yyyy-MM-dd HH:mm:ss.fff";
}
