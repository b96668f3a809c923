using System.Net;
using System.Net.Http.Json;
using Gongkai.Web.Data;
using Gongkai.Web.Tests.Applications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Mailbox;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gongkai.Web.Tests.Cluster;

/// <summary>A restart of PostgreSQL ends every session of the app (a fast shutdown terminates them
/// as <c>pg_terminate_backend</c> does, with 57P01), leaving the connection pool full of dead
/// connections. The requests after it must not pay for that: the execution strategy retries on a
/// fresh connection, reads and the public writes (whose transactions the app opens itself) alike.</summary>
public sealed class DatabaseRestartTests
{
    [PostgresFact]
    public async Task After_the_server_ends_every_session_of_the_app_the_next_reads_and_public_writes_succeed()
    {
        using var factory = new GongkaiFactory();
        var client = factory.CreateClient();
        var organ = await factory.NewOrganAsync();
        // Several requests at once, so several connections wait in the pool.
        var warm = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync("/api/v1/organizations")));
        Assert.All(warm, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        string database;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            database = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Database.GetDbConnection().Database;
        }

        await using (var admin = new NpgsqlConnection(GongkaiFactory.PostgresServer))
        {
            await admin.OpenAsync();
            await using var terminate = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid()", admin);
            terminate.Parameters.AddWithValue("db", database);
            Assert.True((long)(await terminate.ExecuteScalarAsync())! >= 2, "expected pooled sessions of the app to end");
        }

        var reads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync("/api/v1/organizations")));
        Assert.All(reads, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        await AssertCreatedAsync(client.PostAsJsonAsync(MailboxTestKit.Letters, MailboxTestKit.Letter()));
        await AssertCreatedAsync(client.PostAsJsonAsync("/api/v1/applications", ApplicationTestKit.Body(organ.Id)));
    }

    private static async Task AssertCreatedAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
