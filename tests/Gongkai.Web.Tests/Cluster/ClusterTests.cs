using System.Diagnostics;
using System.Net;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Shared.Cluster;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Gongkai.Web.Tests.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gongkai.Web.Tests.Cluster;

/// <summary>Two nodes on one PostgreSQL database behave as one site: what is published through one is
/// found and shown by the other within two seconds, a form rendered by one is accepted by the other,
/// wrong passwords count towards one lockout whichever node they reach, and a periodic job runs on one node only, passing to another when its leader stops.</summary>
public sealed class ClusterTests
{
    /// <summary>The district's bound for a change through one node to show on another.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    [PostgresFact]
    public async Task A_publication_through_one_node_is_found_and_shown_by_the_other_within_two_seconds_and_so_is_its_withdrawal()
    {
        using var cluster = new ClusterNodes(2);
        var (a, b) = (cluster[0], cluster[1]);
        var m = SearchTestKit.Marker();
        var orgId = await a.OrganAsync(stages: 1);
        var editor = await a.StaffAsync(orgId, BusinessRole.Editor);
        var reviewer = await a.StaffAsync(orgId, BusinessRole.Reviewer);
        var id = await editor.CreateDraftAsync(orgId, $"关于{m}的通知", body: $"<p>{m}正文</p>");
        cluster.SyncClocks();

        // B caches the organ's listing before the item exists.
        var reader = b.CreateClient();
        var listing = $"/xxgk/{orgId}/item-1";
        Assert.DoesNotContain(m, await reader.GetStringAsync(listing));
        Assert.DoesNotContain(m, await reader.GetStringAsync(listing));

        await editor.PublishAsync(id, reviewer);
        var published = Stopwatch.StartNew();
        Assert.True(await WithinAsync(async () => (await reader.SearchApiAsync(SearchTestKit.Q(m))).Ids().Contains(id)),
            "B did not find the item published through A within 2 s");
        Assert.True(await WithinAsync(async () => (await reader.GetStringAsync(listing)).Contains(m, StringComparison.Ordinal), published),
            "B still served its cached listing 2 s after A published");

        // B caches the item's page; A withdraws it.
        var page = $"/xxgk/{orgId}/item/{id}";
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(page)).StatusCode);
        await reviewer.ActAsync(id, "Withdraw", new() { ["Comment"] = "内容有误" }).ExpectRedirectAsync();
        var withdrawn = Stopwatch.StartNew();
        Assert.True(await WithinAsync(async () => (await reader.GetAsync(page)).StatusCode == HttpStatusCode.NotFound, withdrawn),
            "B still served the withdrawn item's page 2 s after A withdrew it");
        Assert.True(await WithinAsync(async () => (await reader.SearchApiAsync(SearchTestKit.Q(m))).Ids().Count == 0, withdrawn),
            "B still found the withdrawn item 2 s after A withdrew it");
    }

    [PostgresFact]
    public async Task A_form_rendered_by_one_node_is_accepted_by_the_other_and_a_form_without_its_token_is_not()
    {
        using var cluster = new ClusterNodes(2);
        var (a, b) = (cluster[0], cluster[1]);
        var orgId = await a.OrganAsync(stages: 1);
        var userName = PublicationTestKit.Unique("cluster-ed-");
        await a.CreateStaffAsync(userName, [(orgId, BusinessRole.Editor)]);

        // One browser whose requests the balancer sends to either node: one cookie jar, two servers.
        var jar = new CookieContainer();
        var onA = a.CreateDefaultClient(new CookieContainerHandler(jar));
        var onB = b.CreateDefaultClient(new CookieContainerHandler(jar));
        var login = await onA.PostFormAsync("/account/login", new() { ["UserName"] = userName, ["Password"] = StaffClients.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        // The second factor is posted to B: the half-signed-in cookie A issued is read there.
        var second = await onB.PostFormAsync("/account/login-2fa", new() { ["Code"] = await b.TotpAsync(userName) });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        cluster.SyncClocks();

        var form = $"/admin/publications/edit?org={orgId}";
        var token = StaffClients.AntiforgeryField().Match(await onA.GetStringAsync(form));
        Assert.True(token.Success, "A's form has no anti-forgery token");
        var fields = new Dictionary<string, string>
        {
            ["Input.ColumnKey"] = "item-1",
            ["Input.Title"] = "在甲节点填写、乙节点提交的通知",
            ["Input.DocumentNumber"] = "",
            ["Input.Topic"] = "综合政务",
            ["Input.Genre"] = "通知",
            ["Input.Validity"] = "Valid",
            ["Input.SignedOn"] = "",
            ["Input.FormedOn"] = "2026-11-20",
            ["Input.BodyHtml"] = "<p>正文</p>",
            ["Input.ScheduledFor"] = "",
        };

        var forged = await onB.PostAsync(form, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        var posted = await onB.PostAsync(form, new FormUrlEncodedContent(fields));
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"{posted.StatusCode}: {await posted.Content.ReadAsStringAsync()}");
        Assert.Contains("在甲节点填写、乙节点提交的通知", await onA.GetStringAsync(posted.Headers.Location!.OriginalString));
    }

    [PostgresFact]
    public async Task Wrong_passwords_spread_over_both_nodes_lock_the_account_on_both()
    {
        // The lockout counts in the database (Identity's AccessFailedCount and LockoutEnd), so a
        // guesser whom the balancer spreads over the nodes gets no more tries than on one node.
        using var cluster = new ClusterNodes(2);
        var (a, b) = (cluster[0], cluster[1]);
        var userName = PublicationTestKit.Unique("cluster-lock-");
        await a.CreateStaffAsync(userName);
        var onA = a.CreateClient(new() { AllowAutoRedirect = false });
        var onB = b.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            var wrong = await (i % 2 == 0 ? onA : onB).PostFormAsync("/account/login", new() { ["UserName"] = userName, ["Password"] = "Wrong-Password-123!" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        foreach (var node in new[] { onA, onB })
        {
            var right = await node.PostFormAsync("/account/login", new() { ["UserName"] = userName, ["Password"] = StaffClients.Password });
            Assert.Equal(HttpStatusCode.OK, right.StatusCode);
            Assert.Contains("用户名或密码错误", await right.Content.ReadAsStringAsync());
        }
    }

    [PostgresFact]
    public async Task A_search_index_rebuild_asked_for_on_one_node_is_done_by_every_node()
    {
        using var cluster = new ClusterNodes(2);
        var (a, b) = (cluster[0], cluster[1]);
        var indexerB = b.Services.GetRequiredService<SearchIndexer>();
        // A node may build its index when it starts (a data directory without one, or behind the
        // database's feed); such a build must be over before the request. The nodes' clocks are fake:
        // B's is moved on a second, so that a rebuild after the request is told from a build before it
        // by its time. (Compared with an earlier time, the rebuild asked for stamped the same fake time
        // and never seemed to happen, whenever B had built on start.)
        Assert.True(await WithinAsync(() => Task.FromResult(!indexerB.Rebuilding), timeout: TimeSpan.FromSeconds(30)), "B's build on start did not end");
        b.Clock.Advance(TimeSpan.FromSeconds(1));
        var before = indexerB.LastRebuiltAt;
        var admin = await a.SystemAdminClientAsync();
        await admin.PostFormAsync("/admin/search", [], "/admin/search?handler=Rebuild").ExpectRedirectAsync();

        Assert.True(await WithinAsync(() => Task.FromResult(indexerB.LastRebuiltAt is { } at && (before is null || at > before)), timeout: TimeSpan.FromSeconds(30)),
            "B did not rebuild its index when A was asked to");
        Assert.True(await WithinAsync(() => Task.FromResult(a.Services.GetRequiredService<SearchIndexer>().LastRebuiltAt is not null), timeout: TimeSpan.FromSeconds(30)),
            "A did not rebuild its index");
    }

    [PostgresFact]
    public async Task A_periodic_job_runs_on_one_node_only_and_another_node_takes_its_lease_within_a_minute_after_the_leader_stops()
    {
        using var cluster = new ClusterNodes(2, () => new ProbeNode());
        ProbeJob Probe(int i) => cluster[i].Services.GetRequiredService<ProbeJob>();
        Assert.True(await WithinAsync(() => Task.FromResult(Probe(0).Runs + Probe(1).Runs > 0), timeout: TimeSpan.FromSeconds(15)), "no node ran the job");
        var leader = Probe(0).Runs > 0 ? 0 : 1;
        var standby = 1 - leader;

        // Three periods pass on both nodes: the leader runs each time, the standby never.
        for (var period = 1; period <= 3; period++)
        {
            for (var step = 0; step < 3; step++)
            {
                foreach (var node in cluster.Nodes)
                {
                    node.Clock.Advance(ClusterJob.StandbyRetry);
                }

                await Task.Delay(100);
            }

            var expected = period + 1;
            Assert.True(await WithinAsync(() => Task.FromResult(Probe(leader).Runs >= expected), timeout: TimeSpan.FromSeconds(10)), $"the leader did not run in period {period}");
        }

        Assert.Equal(0, Probe(standby).Runs);
        Assert.True(cluster[leader].Services.GetRequiredService<JobLeases>().Holds(ProbeJob.JobName));
        Assert.False(cluster[standby].Services.GetRequiredService<JobLeases>().Holds(ProbeJob.JobName));

        cluster.Stop(cluster[leader]);
        var survivor = cluster[standby];
        var waited = TimeSpan.Zero;
        var step5 = TimeSpan.FromSeconds(5);
        while (Probe(standby).Runs == 0 && waited < TimeSpan.FromMinutes(1))
        {
            survivor.Clock.Advance(step5);
            waited += step5;
            await Task.Delay(300);
        }

        Assert.True(Probe(standby).Runs > 0, "the standby did not take the job over within a minute");
        Assert.True(survivor.Services.GetRequiredService<JobLeases>().Holds(ProbeJob.JobName));
    }

    /// <summary>Polls <paramref name="condition"/> until it holds or the time since <paramref name="since"/>
    /// (or since the call) passes <paramref name="timeout"/> (default: the 2-second bound).</summary>
    private static async Task<bool> WithinAsync(Func<Task<bool>> condition, Stopwatch? since = null, TimeSpan? timeout = null)
    {
        var clock = since ?? Stopwatch.StartNew();
        var limit = timeout ?? Bound;
        while (true)
        {
            if (await condition())
            {
                return clock.Elapsed <= limit;
            }

            if (clock.Elapsed > limit)
            {
                return false;
            }

            await Task.Delay(20);
        }
    }

    /// <summary>A node with one more periodic job, which only counts its runs.</summary>
    private sealed class ProbeNode : GongkaiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s =>
            {
                s.AddSingleton<ProbeJob>();
                s.AddHostedService(sp => sp.GetRequiredService<ProbeJob>());
            });
        }
    }

    private sealed class ProbeJob(IServiceScopeFactory scopes, JobLeases leases, TimeProvider clock, ILogger<ProbeJob> log)
        : ClusterJob(scopes, leases, clock, log)
    {
        public const string JobName = "test-probe";

        public override string Name => JobName;

        protected override TimeSpan UntilNextRun(DateTimeOffset now) => TimeSpan.FromMinutes(1);

        protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
    }
}
