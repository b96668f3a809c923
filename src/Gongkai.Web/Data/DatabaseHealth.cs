using System.Data.Common;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Data;

/// <summary><c>GET /healthz</c>: is the database reachable, and are its durability settings the
/// ones the platform promises (SECURITY.md R2)? Any drift reports unhealthy.</summary>
public static class DatabaseHealth
{
    public static readonly IReadOnlyDictionary<string, string> SqliteExpected = new Dictionary<string, string>
    {
        ["journal_mode"] = "wal",
        ["synchronous"] = "2",
        ["foreign_keys"] = "1",
        ["secure_delete"] = "1",
    };

    public static readonly IReadOnlyDictionary<string, string> PostgresExpected = new Dictionary<string, string>
    {
        ["fsync"] = "on",
        ["synchronous_commit"] = "on",
        ["full_page_writes"] = "on",
    };

    /// <summary>Anonymous callers (load balancers, uptime monitors) get only <c>{"status":…}</c> and
    /// 200/503; the provider, its settings and any error text go only to signed-in staff. Staff rather than "loopback": behind a reverse proxy on the same host whose
    /// address is not configured in Gongkai:Network:KnownProxies, every visitor looks like loopback.
    /// The node is also ready only when every <see cref="IReadinessCheck"/> says so (the search index
    /// caught up with the change feed), so a gateway can keep a node out of rotation until then.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) => app.MapGet("/healthz", async (GongkaiDbContext db, HttpContext http, IEnumerable<IReadinessCheck> checks, CancellationToken ct) =>
    {
        var details = http.User.Identity?.IsAuthenticated == true;
        try
        {
            var settings = await ReadSettingsAsync(db, ct);
            var expected = db.IsPostgres ? PostgresExpected : SqliteExpected;
            var drift = expected.Where(e => !string.Equals(settings.GetValueOrDefault(e.Key), e.Value, StringComparison.OrdinalIgnoreCase))
                .Select(e => e.Key).ToList();
            var readiness = new Dictionary<string, Readiness>();
            foreach (var check in checks)
            {
                readiness[check.Name] = await check.CheckAsync(ct);
            }

            var healthy = drift.Count == 0 && readiness.Values.All(r => r.Ready);
            var status = healthy ? "healthy" : "unhealthy";
            object body = details
                ? new
                {
                    status,
                    database = new { provider = db.IsPostgres ? "PostgreSQL" : "SQLite", reachable = true, settings, drift },
                    readiness = readiness.ToDictionary(r => r.Key, r => new { ready = r.Value.Ready, detail = r.Value.Detail }),
                }
                : new { status };
            return healthy ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (DbException e)
        {
            object body = details
                ? new { status = "unhealthy", database = new { reachable = false, error = e.Message } }
                : new { status = "unhealthy" };
            return Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }).AllowAnonymous();

    public static async Task<Dictionary<string, string>> ReadSettingsAsync(GongkaiDbContext db, CancellationToken ct)
    {
        var result = new Dictionary<string, string>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            foreach (var name in (db.IsPostgres ? PostgresExpected : SqliteExpected).Keys)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = db.IsPostgres ? $"SHOW {name}" : $"PRAGMA {name}";
                result[name] = Convert.ToString(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return result;
    }
}
