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

    private sealed class UtcTextConverter() : ValueConverter<DateTimeOffset, string>(v => SqliteTimeFormat.ToText(v), v => SqliteTimeFormat.Parse(v));
}

/// <summary>Matches SQLite's <c>strftime('%Y-%m-%d %H:%M:%f')</c>, so SQL and C# compare alike.</summary>
public static class SqliteTimeFormat
{
    public const string Pattern = "yyyy-MM-dd HH:mm:ss.fff";

    /// <summary>A time as its column holds it (EF Core's converter and <see cref="HotReads"/> alike).</summary>
    public static string ToText(DateTimeOffset at) => at.UtcDateTime.ToString(Pattern, System.Globalization.CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        new(DateTime.SpecifyKind(DateTime.ParseExact(text, Pattern, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc));
}
