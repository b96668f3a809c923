using Npgsql;

namespace Gongkai.Web.Tests.Infrastructure;

/// <summary>One migrated and seeded database per test run, copied by every
/// <see cref="GongkaiFactory"/> that keeps the default settings. Migrating some fifty tables and
/// seeding the organs' column trees took seconds per test class (tens of seconds on PostgreSQL,
/// which also had to create an empty database); a copy takes milliseconds — a file copy on SQLite,
/// <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL. The copy still starts the application as a
/// fresh one would: migrations find nothing to do and every seeder finds its data, which is the
/// path of every restart in production.</summary>
public sealed class DatabaseTemplate
{
    private static readonly Lazy<DatabaseTemplate> Instance = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly string Directory_ = Path.Combine(Path.GetTempPath(), "gongkai-tests", "template-" + Guid.NewGuid().ToString("N"));

    private DatabaseTemplate()
    {
    }

    /// <summary>The PostgreSQL database the copies are made from (this run's own).</summary>
    public static string PostgresName { get; } = "gk_tpl_" + Guid.NewGuid().ToString("N")[..16];

    public static DatabaseTemplate Current => Instance.Value;

    /// <summary>GONGKAI_TEST_NO_TEMPLATE=1 makes every factory migrate and seed its own database,
    /// as a check that the template changes nothing (and to measure what it saves).</summary>
    public static bool Enabled => Environment.GetEnvironmentVariable("GONGKAI_TEST_NO_TEMPLATE") != "1";

    internal static string NewDataDirectory() => Directory_;

    /// <summary>Copies the template's data directory (database file, keys, search index) into
    /// <paramref name="target"/>, which must be the factory's own, still empty, data directory.</summary>
    public void CopyFiles(string target)
    {
        foreach (var file in Directory.EnumerateFiles(Directory_, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(Directory_, file));
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

    private static DatabaseTemplate Build()
    {
        using (var factory = GongkaiFactory.ForTemplate())
        {
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

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove();
        return new DatabaseTemplate();
    }

    private static void Remove()
    {
        if (GongkaiFactory.OnPostgres)
        {
            GongkaiFactory.DropPostgresDatabase(PostgresName);
        }

        try
        {
            Directory.Delete(Directory_, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean from /tmp.
        }
    }
}
