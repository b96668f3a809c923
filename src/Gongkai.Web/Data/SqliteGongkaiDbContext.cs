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
        TryParseFixed(text, out var at) ? at
            : new(DateTime.SpecifyKind(DateTime.ParseExact(text, Pattern, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc));

    /// <summary>The form <see cref="ToText"/> writes, read field by field. <see cref="DateTime.ParseExact(string, string, IFormatProvider)"/>
    /// interprets its pattern on every call, and an uncached column page parses forty times: that
    /// was a twentieth of its work. Anything else (an invalid date too) goes to ParseExact.</summary>
    private static bool TryParseFixed(ReadOnlySpan<char> s, out DateTimeOffset at)
    {
        at = default;
        if (s.Length != Pattern.Length || s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':' || s[16] != ':' || s[19] != '.'
            || !Number(s[..4], out var year) || !Number(s[5..7], out var month) || !Number(s[8..10], out var day)
            || !Number(s[11..13], out var hour) || !Number(s[14..16], out var minute) || !Number(s[17..19], out var second)
            || !Number(s[20..], out var millisecond)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        at = new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.Zero);
        return true;
    }

    private static bool Number(ReadOnlySpan<char> digits, out int value) =>
        int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
}
