using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using static Gongkai.Web.Tests.Applications.ApplicationTestKit;

namespace Gongkai.Web.Tests.Security;

/// <summary>Security review (submission-token replay): a used submission token replayed through POST /api/v1/applications
/// returned the victim's tracking code with a new query password, locking the applicant out. A
/// duplicate must match content and organ, and never issue or change a password.</summary>
public sealed partial class SubmissionReplayTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task ReplayedSubmissionTokenCannotTakeOverCase()
    {
        var organ = await factory.NewOrganAsync();
        var victim = factory.CreateClient();
        var token = Guid.NewGuid().ToString("N");
        var description = "请公开本机关2026年部门预算" + Guid.NewGuid().ToString("N")[..6] + "。";
        var idNumber = ValidIdNumber();
        var form = new Dictionary<string, string>
        {
            ["Input.Organization"] = organ.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ApplicantType"] = "naturalPerson",
            ["Input.ApplicantName"] = "李四",
            ["Input.IdNumber"] = idNumber,
            ["Input.Phone"] = "13900001111",
            ["Input.Description"] = description,
            ["Input.FormWanted"] = "electronic",
            ["Input.Delivery"] = "online",
            ["Input.FormToken"] = token,
        };
        var html = await (await victim.PostFormAsync("/yisqgk/apply", form)).Content.ReadAsStringAsync();
        var code = CodePattern().Match(html).Groups[1].Value;
        var password = PasswordPattern().Match(html).Groups[1].Value;
        Assert.StartsWith("YS", code);
        Assert.Equal(8, password.Length);

        // The attacker replays the web form's token through the API with content of their own:
        // a separate application of theirs, nothing of the victim's case.
        var attacker = factory.CreateClient();
        var own = Body(organ.Id, description: "随便什么内容");
        own["formToken"] = token;
        var taken = await ExpectAsync(HttpStatusCode.Created, attacker.PostAsJsonAsync("/api/v1/applications", own));
        Assert.NotEqual(code, taken.GetProperty("trackingCode").GetString());

        // Replaying the victim's exact content is "already submitted": no password, none changed.
        var copy = Body(organ.Id, idNumber, description);
        copy["applicantName"] = "李四";
        copy["formToken"] = token;
        var replay = await ExpectAsync(HttpStatusCode.OK, attacker.PostAsJsonAsync("/api/v1/applications", copy));
        Assert.True(replay.GetProperty("duplicate").GetBoolean());
        Assert.Equal(JsonValueKind.Null, replay.GetProperty("queryPassword").ValueKind);
        Assert.Contains("已经提交过", replay.GetProperty("message").GetString());

        // The same web form sent twice (a double click) shows no new password either.
        var twice = await (await victim.PostFormAsync("/yisqgk/apply", form)).Content.ReadAsStringAsync();
        Assert.Contains("duplicate-notice", twice);
        Assert.DoesNotMatch(PasswordPattern(), twice);

        // The applicant's own password still opens the status page.
        var status = await (await victim.PostFormAsync("/yisqgk/status", new() { ["Code"] = code, ["Password"] = password })).Content.ReadAsStringAsync();
        Assert.DoesNotContain("查询码或查询密码不正确", status);
        Assert.Contains(organ.Name, status);
    }

    [GeneratedRegex("id=\"tracking-code\">([A-Z0-9]+)<")]
    private static partial Regex CodePattern();

    [GeneratedRegex("id=\"query-password\">([a-z0-9]+)<")]
    private static partial Regex PasswordPattern();
}
