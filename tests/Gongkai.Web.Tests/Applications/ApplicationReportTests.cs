using System.Net;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.AnnualReports;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using static Gongkai.Web.Tests.Applications.ApplicationTestKit;

namespace Gongkai.Web.Tests.Applications;

public sealed class ApplicationReportTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Annual_report_tables_three_and_four_count_the_organs_real_cases_with_carry_over()
    {
        var organ = (await factory.NewOrganAsync()).Id;
        var handler = await factory.CaseHandlerAsync(organ);

        // Received in 2025, answered in 2026: carried over into 2026.
        var old = await RegisterAsync(handler, organ, receivedOn: "2025-12-22");
        await ExpectAsync(HttpStatusCode.OK, handler.EventAsync(old, new { type = "replied", on = "2026-01-09", outcome = "granted" }));
        await ExpectAsync(HttpStatusCode.OK, handler.EventAsync(old, new { type = "reconsideration", on = "2026-02-02", result = "pending" }));
        // Received and answered in 2026.
        var denied = await RegisterAsync(handler, organ, receivedOn: "2026-03-02");
        await ExpectAsync(HttpStatusCode.OK, handler.EventAsync(denied, new { type = "replied", on = "2026-03-20", outcome = "denied.stateSecret" }));
        // Received in 2026 and still open: carried forward.
        await RegisterAsync(handler, organ, receivedOn: "2026-11-02");
        // Another organ's case counts only there.
        var other = (await factory.NewOrganAsync()).Id;
        await RegisterAsync(await factory.CaseHandlerAsync(other), other, receivedOn: "2026-05-06");

        var api = await factory.ApiStaffAsync((organ, BusinessRole.Editor));
        var report = await (await api.GetAsync($"/api/v1/annual-reports/{organ}/2026")).JsonAsync();
        var cells = AnnualReportKit.Cells(report, "applications");
        decimal Cell(string row, string column = "naturalPerson") => cells[(row, column)].GetProperty("computed").GetDecimal();
        Assert.Equal(2, Cell("newReceived"));
        Assert.Equal(1, Cell("carriedOver"));
        Assert.Equal(1, Cell("granted"));
        Assert.Equal(1, Cell("denied.stateSecret"));
        Assert.Equal(2, Cell("total"));
        Assert.Equal(1, Cell("carriedForward"));
        Assert.Equal(3, Cell("newReceived", "total") + Cell("carriedOver", "total"));
        Assert.Equal(0, Cell("newReceived", "commercial"));
        Assert.Equal("依申请公开办理记录", cells[("granted", "naturalPerson")].GetProperty("source").GetString());

        var appeals = AnnualReportKit.Cells(report, "appeals");
        Assert.Equal(1, appeals[("cases", "reconsideration.pending")].GetProperty("computed").GetDecimal());
        Assert.Equal(1, appeals[("cases", "reconsideration.total")].GetProperty("computed").GetDecimal());

        // In 2025 the old case was received and carried forward.
        var previous = AnnualReportKit.Cells(await (await api.GetAsync($"/api/v1/annual-reports/{organ}/2025")).JsonAsync(), "applications");
        Assert.Equal(1, previous[("newReceived", "naturalPerson")].GetProperty("computed").GetDecimal());
        Assert.Equal(1, previous[("carriedForward", "naturalPerson")].GetProperty("computed").GetDecimal());
    }
}
