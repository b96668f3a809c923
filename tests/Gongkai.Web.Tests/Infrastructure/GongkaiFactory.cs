using Gongkai.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Gongkai.Web.Tests.Infrastructure;

/// <summary>The real application over HTTP, on its own fresh database: a SQLite file in a temp
/// folder, or — when <c>GONGKAI_TEST_POSTGRES</c> holds a connection string — a new PostgreSQL
/// database created for this factory and dropped after. Use one per test class
/// (<c>IClassFixture&lt;GongkaiFactory&gt;</c>) or make one in a test that needs its own settings.</summary>
public class GongkaiFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Sys-Test-Pass-2026!x";
    public const string SecAdminPassword = "Sec-Test-Pass-2026!x";
    public const string AuditAdminPassword = "Aud-Test-Pass-2026!x";

    /// <summary>The start of "now" in every test application (see <see cref="Clock"/>).</summary>
    public static readonly DateTimeOffset StartOfTests = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Settings that nothing at start-up reads. The seeders read only the security
    /// profile, the administrators' passwords, the demo switches, the data directory and the
    /// database, so an application that changes no other setting seeds what a template holds.</summary>
    private static readonly string[] IgnoredAtStartUp =
        ["Gongkai:Smtp:", "Gongkai:Site:", "Gongkai:Attachments:", "Gongkai:PublicUploads:", "Gongkai:Network:", "Gongkai:Files:"];

    private readonly string dataDirectory;
    private readonly string? templateDatabase;
    private readonly Dictionary<string, string?> settings = new();
    private bool atRealTime;
    private string? postgresDatabase;
    private bool ownsDatabase = true;

    public GongkaiFactory()
    {
        if (DatabaseTemplate.Enabled)
        {
            // Made before any host of this factory is built: building one host inside another's
            // start-up would tangle the two entry points.
            _ = DatabaseTemplate.Current;
        }

        dataDirectory = Path.Combine(Path.GetTempPath(), "gongkai-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
    }

    private GongkaiFactory(string templateDirectory, string templateDatabase)
    {
        this.templateDatabase = templateDatabase;
        dataDirectory = templateDirectory;
        Directory.CreateDirectory(dataDirectory);
    }

    /// <summary>Builds a template: a started application on the default settings whose data
    /// directory and database are then copied by the factories that start from it.</summary>
    internal static GongkaiFactory ForTemplate(string directory, string postgresDatabase) => new(directory, postgresDatabase);

    private bool IsTemplate => templateDatabase is not null;

    /// <summary>Starts this application's clock at the real time, for tests where the database
    /// server's own clock judges a row's age (the audit triggers). Call before the first request;
    /// the application then starts from <see cref="DatabaseTemplate.RealTime"/>.</summary>
    public GongkaiFactory AtRealTime()
    {
        if (DatabaseTemplate.Enabled)
        {
            _ = DatabaseTemplate.RealTime;
        }

        var now = DateTimeOffset.UtcNow;
        if (Clock.GetUtcNow() < now)
        {
            Clock.SetUtcNow(now);
        }

        atRealTime = true;
        return this;
    }

    private static bool IsIgnoredAtStartUp(string key) =>
        IgnoredAtStartUp.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        || (key.StartsWith("Gongkai:Security:", StringComparison.OrdinalIgnoreCase)
            && (key.EndsWith("PerMinutePerIp", StringComparison.OrdinalIgnoreCase)
                || key.EndsWith("PerMinutePerClient", StringComparison.OrdinalIgnoreCase)
                || key.EndsWith("PerAccountPerIp", StringComparison.OrdinalIgnoreCase)));

    /// <summary>The template this application starts from, or null to migrate and seed its own
    /// database: only when it changes no setting that start-up reads, and with the clock where the
    /// template's was (seeded rows are dated by it).</summary>
    private DatabaseTemplate? ChooseTemplate()
    {
        if (IsTemplate || !DatabaseTemplate.Enabled || !settings.Keys.All(IsIgnoredAtStartUp))
        {
            return null;
        }

        if (Clock.GetUtcNow() == StartOfTests)
        {
            return DatabaseTemplate.Current;
        }

        return atRealTime && Clock.GetUtcNow() >= DatabaseTemplate.RealTime.SeededAt ? DatabaseTemplate.RealTime : null;
    }

    /// <summary>The PostgreSQL server to test against, or null for SQLite.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable("GONGKAI_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static bool OnPostgres => PostgresServer is not null;

    /// <summary>Controls "now" for the whole application (lockouts, timeouts, password age).</summary>
    public FakeTimeProvider Clock { get; } = new(StartOfTests);

    public string DataDirectory => dataDirectory;

    /// <summary>Makes this application a node of a cluster: it runs on the existing PostgreSQL database
    /// <paramref name="database"/> (made and dropped by the caller) with a data directory of its own, so
    /// several factories are several nodes. Call before the first request.</summary>
    public GongkaiFactory OnSharedDatabase(string database)
    {
        postgresDatabase = database;
        ownsDatabase = false;
        return this;
    }

    /// <summary>Overrides a configuration value; call before the first request.</summary>
    public GongkaiFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var template = ChooseTemplate();
        template?.CopyFiles(dataDirectory);

        if (PostgresServer is not null && postgresDatabase is null)
        {
            postgresDatabase = templateDatabase ?? "gk_test_" + Guid.NewGuid().ToString("N")[..16];
            DatabaseTemplate.CreatePostgresDatabase(postgresDatabase, template?.PostgresName);
        }

        var values = new Dictionary<string, string?>
        {
            ["Gongkai:DataDirectory"] = dataDirectory,
            ["Gongkai:AdminPassword"] = AdminPassword,
            ["Gongkai:SecAdminPassword"] = SecAdminPassword,
            ["Gongkai:AuditAdminPassword"] = AuditAdminPassword,
            // Tests sign in and submit many times from one address; the limiters have their own tests
            // (RateLimitTests, RateLimitAttackTests).
            ["Gongkai:Security:SignInsPerMinutePerIp"] = "100000",
            ["Gongkai:Security:SecondFactorsPerMinutePerIp"] = "100000",
            ["Gongkai:Security:TokenRequestsPerMinutePerIp"] = "100000",
            ["Gongkai:Security:FailedSignInsPerAccountPerIp"] = "100000",
            ["Gongkai:Security:PublicWritesPerMinutePerClient"] = "100000",
            ["Gongkai:Security:StatusLookupsPerMinutePerClient"] = "100000",
            ["Gongkai:PublicUploads:MaxDailyMegabytesPerClient"] = "100000",
        };
        if (postgresDatabase is not null)
        {
            values["Gongkai:Database:Provider"] = "Postgres";
            values["ConnectionStrings:Gongkai"] = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = postgresDatabase }.ConnectionString;
        }

        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        // Settings must be in place before Program reads them, so they go in as host settings.
        foreach (var (key, value) in values)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, PeerAddressFilter>();
        });
    }

    /// <summary>A scope on the application's services, for arranging and inspecting data.</summary>
    public AsyncServiceScope Scope()
    {
        // Builds the host and initialises the database; unlike reading Server, this also works
        // when a subclass serves over Kestrel (the browser tests).
        StartServer();
        return Services.CreateAsyncScope();
    }

    public async Task WithDbAsync(Func<GongkaiDbContext, Task> action)
    {
        await using var scope = Scope();
        await action(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || IsTemplate)
        {
            // The template's files and database live until the test run ends (DatabaseTemplate).
            return;
        }

        if (postgresDatabase is not null && ownsDatabase)
        {
            DropPostgresDatabase(postgresDatabase);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean from /tmp.
        }
    }

    /// <summary>Drops the class's database. WITH (FORCE) must terminate every session on it, and an
    /// autovacuum worker that happens to be there belongs to no role the test login may signal
    /// (42501), so the drop is retried for a while; a database that still cannot be dropped is left
    /// behind rather than failing a test that passed.</summary>
    internal static void DropPostgresDatabase(string database)
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var connection = new NpgsqlConnection(PostgresServer);
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = $"DROP DATABASE IF EXISTS {database} WITH (FORCE)";
                command.ExecuteNonQuery();
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                if (attempt == 20)
                {
                    Console.Error.WriteLine($"test database {database} left behind: {e.MessageText}");
                    return;
                }

                Thread.Sleep(250);
            }
        }
    }
}

/// <summary>The in-process test server has no TCP peer; a test that needs one (rate limits per
/// client, forwarded headers from a proxy) names it in <see cref="Header"/>, and this sets it as
/// the connection's remote address before the application's own pipeline runs.</summary>
public sealed class PeerAddressFilter : Microsoft.AspNetCore.Hosting.IStartupFilter
{
    public const string Header = "X-Test-Peer-Address";

    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        app.Use(nextMiddleware => async context =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var peer) && System.Net.IPAddress.TryParse(peer.ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
                context.Request.Headers.Remove(Header);
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}
