using System.Net;
using Gongkai.Domain.Applications;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using static Gongkai.Web.Tests.Applications.ApplicationTestKit;

namespace Gongkai.Web.Tests.Applications;

/// <summary>Stage, channel, applicant kind and event type are enums in code but the database holds
/// the same strings as before they were, so existing rows, the report indexes and SQL written
/// against those columns keep working without a migration.</summary>
public sealed class ApplicationStoredCodeTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task The_columns_hold_the_codes_the_API_answers()
    {
        var organ = await factory.NewOrganAsync();
        var handler = await factory.CaseHandlerAsync(organ.Id);
        var id = await RegisterAsync(handler, organ.Id);
        await ExpectAsync(HttpStatusCode.OK, handler.EventAsync(id, new { type = "feeNoticeSent", on = "2026-11-05", amount = 20 }));

        var stored = await ColumnsAsync(id);
        Assert.Equal(("paused", "registeredMail", "naturalPerson"), (stored.Stage, stored.Channel, stored.ApplicantKind));
        Assert.Equal(["received", "feeNoticeSent"], await EventTypesAsync(id));

        await ExpectAsync(HttpStatusCode.OK, handler.EventAsync(id, new { type = "feePaid", on = "2026-11-06" }));
        await ExpectAsync(HttpStatusCode.OK, handler.EventAsync(id, new { type = "replied", on = "2026-11-10", outcome = "granted" }));
        Assert.Equal("replied", (await ColumnsAsync(id)).Stage);
    }

    [Fact]
    public async Task A_row_written_as_strings_by_an_earlier_version_reads_as_its_values()
    {
        var organ = await factory.NewOrganAsync();
        var handler = await factory.CaseHandlerAsync(organ.Id);
        var id = await RegisterAsync(handler, organ.Id);
        // As an earlier version (or a bulk load) wrote them: plain strings, not through EF's converters.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"DisclosureApplications\" SET \"Channel\" = {"ordinaryMail"}, \"ApplicantKind\" = {"research"}, \"Stage\" = {"awaitingCorrection"} WHERE \"Id\" = {id}"));

        await factory.WithDbAsync(async db =>
        {
            var a = await db.Set<DisclosureApplication>().AsNoTracking().Include(x => x.Events).SingleAsync(x => x.Id == id);
            Assert.Equal((ApplicationChannel.OrdinaryMail, ApplicantKind.Research, ApplicationStage.AwaitingCorrection), (a.Channel, a.ApplicantKind, a.Stage));
            Assert.Equal(ApplicationEventType.Received, Assert.Single(a.Events).Type);
            // Enum comparisons in queries are translated to the stored codes.
            Assert.True(await db.Set<DisclosureApplication>().AnyAsync(x => x.Id == id && x.Stage == ApplicationStage.AwaitingCorrection && x.Channel == ApplicationChannel.OrdinaryMail));
        });

        var view = await ExpectAsync(HttpStatusCode.OK, handler.GetAsync($"/api/v1/applications/{id}"));
        Assert.Equal("ordinaryMail", view.GetProperty("channel").GetString());
        Assert.Equal("research", view.GetProperty("applicant").GetProperty("type").GetString());
        Assert.Equal("awaitingCorrection", view.GetProperty("clock").GetProperty("stage").GetString());
        Assert.Equal("received", view.GetProperty("events")[0].GetProperty("type").GetString());
    }

    private async Task<(string Stage, string Channel, string ApplicantKind)> ColumnsAsync(int id)
    {
        (string, string, string) row = default;
        await factory.WithDbAsync(async db =>
        {
            var stage = await db.Database.SqlQuery<string>($"SELECT \"Stage\" AS \"Value\" FROM \"DisclosureApplications\" WHERE \"Id\" = {id}").SingleAsync();
            var channel = await db.Database.SqlQuery<string>($"SELECT \"Channel\" AS \"Value\" FROM \"DisclosureApplications\" WHERE \"Id\" = {id}").SingleAsync();
            var kind = await db.Database.SqlQuery<string>($"SELECT \"ApplicantKind\" AS \"Value\" FROM \"DisclosureApplications\" WHERE \"Id\" = {id}").SingleAsync();
            row = (stage, channel, kind);
        });
        return row;
    }

    private async Task<List<string>> EventTypesAsync(int id)
    {
        List<string> types = [];
        await factory.WithDbAsync(async db => types = await db.Database
            .SqlQuery<string>($"SELECT \"Type\" AS \"Value\" FROM \"DisclosureApplicationEvents\" WHERE \"ApplicationId\" = {id} ORDER BY \"Id\"").ToListAsync());
        return types;
    }
}
