using Npgsql;

namespace Gongkai.Web.Tests.Infrastructure;

/// <summary>A migrated and seeded database, made once per test run and copied by every
/// <see cref="GongkaiFactory"/> whose start-up would seed the same data. Migrating some fifty tables
/// and seeding the organs' column trees took seconds per test class (tens of seconds on PostgreSQL,
/// which also had to create an empty database); a copy takes milliseconds — a file copy on SQLite,
/// <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL. The copy still starts the application as a
/// fresh one would: migrations find nothing to do and every seeder finds its data, which is the
/// path of every restart in production.
/// There are two: <see cref="Current"/>, seeded at <see cref="GongkaiFactory.StartOfTests"/>, and
/// <see cref="RealTime"/>, seeded at the real time for the applications whose clock starts there
/// (the audit tests: the database server's triggers judge a row's age by its own clock, so the
/// seeded rows must carry real dates too).</summary>
public sealed class DatabaseTemplate
{
    private static readonly Lazy<DatabaseTemplate> Instance = new(() => Build(realTime: false), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<DatabaseTemplate> RealTimeInstance = new(() => Build(realTime: true), LazyThreadSafetyMode.ExecutionAndPublication);

    private DatabaseTemplate(string directory, string postgresName, DateTimeOffset seededAt)
    {
        DataDirectory = directory;
        PostgresName = postgresName;
        SeededAt = seededAt;
    }

    /// <summary>The template seeded at <see cref="GongkaiFactory.StartOfTests"/>.</summary>
    public static DatabaseTemplate Current => Instance.Value;

    /// <summary>The template seeded at the real time of its making (see the class comment).</summary>
    public static DatabaseTemplate RealTime => RealTimeInstance.Value;

    /// <summary>GONGKAI_TEST_NO_TEMPLATE=1 makes every factory migrate and seed its own database,
    /// as a check that the templates change nothing (and to measure what they save).</summary>
    public static bool Enabled => Environment.GetEnvironmentVariable("GONGKAI_TEST_NO_TEMPLATE") != "1";

    /// <summary>The PostgreSQL database the copies are made from (this run's own).</summary>
    public string PostgresName { get; }

    /// <summary>The application clock's time while seeding: every seeded row is dated then.</summary>
    public DateTimeOffset SeededAt { get; }

    private string DataDirectory { get; }

    /// <summary>Copies the template's data directory (database file, keys, search index) into
    /// <paramref name="target"/>, which must be the factory's own, still empty, data directory.</summary>
    public void CopyFiles(string target)
    {
        foreach (var file in Directory.EnumerateFiles(DataDirectory, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(DataDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }
    }

    /// <summary>Creates a database, as a copy of <paramref name="template"/> when one is named.
    /// PostgreSQL refuses to copy a database while another session is connected to it, which
    /// can happen for a moment while a pooled connection of the template is being closed.</summary>
    public static void CreatePostgresDatabase(string name, string? template)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var connection = new NpgsqlConnection(GongkaiFactory.PostgresServer);
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}";
                command.ExecuteNonQuery();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 40)
            {
                Thread.Sleep(250);
            }
        }
    }

    private static DatabaseTemplate Build(bool realTime)
    {
        var name = realTime ? "realtime-" : "template-";
        var template = new DatabaseTemplate(
            Path.Combine(Path.GetTempPath(), "gongkai-tests", name + Guid.NewGuid().ToString("N")),
            "gk_tpl_" + Guid.NewGuid().ToString("N")[..16],
            realTime ? DateTimeOffset.UtcNow : GongkaiFactory.StartOfTests);
        using (var factory = GongkaiFactory.ForTemplate(template.DataDirectory, template.PostgresName))
        {
            factory.Clock.SetUtcNow(template.SeededAt);

            // Starting the host migrates and runs every seeder.
            factory.StartServer();
        }

        // Closed connections let SQLite fold its write-ahead log into the file and let
        // PostgreSQL copy the database.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (GongkaiFactory.OnPostgres)
        {
            NpgsqlConnection.ClearAllPools();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Remove();
        return template;
    }

    private void Remove()
    {
        if (GongkaiFactory.OnPostgres)
        {
            GongkaiFactory.DropPostgresDatabase(PostgresName);
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean from /tmp.
        }
    }
}
