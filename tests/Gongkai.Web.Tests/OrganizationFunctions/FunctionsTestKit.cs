using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.OrganizationFunctions;

/// <summary>Edits and reviews 机构职能 records through the staff page, as an organ's editor and
/// reviewer do.</summary>
public static partial class FunctionsTestKit
{
    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    public static Task<HttpClient> FunctionsStaffAsync(this GongkaiFactory factory, int orgId, BusinessRole role) =>
        factory.StaffClientAsync(Unique("fn-"), (orgId, role));

    /// <summary>The form of a record as an editor types it: duties pasted from the 三定 text with their numbers.</summary>
    public static Dictionary<string, string> Form(string address, string duty = "贯彻执行国家和市、区有关教育工作的方针政策。") => new()
    {
        ["Input.Duties"] = $"1．{duty}\n2．统筹全区各级各类教育发展规划。\n\n（三）负责全区教育经费的管理。",
        ["Input.Bodies[0].Name"] = "办公室",
        ["Input.Bodies[0].Duties"] = "负责机关日常运转。",
        ["Input.Bodies[0].Phone"] = "023-47521001",
        ["Input.Bodies[1].Name"] = "",
        ["Input.Units[0].Name"] = "江津区教育考试中心",
        ["Input.Units[0].Kind"] = "PublicInstitution",
        ["Input.Units[0].Duties"] = "承担全区教育考试组织工作。",
        ["Input.Units[0].OrganizationId"] = "",
        ["Input.Leaders[0].Name"] = "张三",
        ["Input.Leaders[0].Position"] = "局长",
        ["Input.Leaders[0].Responsibilities"] = "主持全面工作。",
        ["Input.Address"] = address,
        ["Input.Hours"] = "工作日 9:00—12:00，14:00—17:30",
        ["Input.Phone"] = "023-47521000",
        ["Input.Fax"] = "023-47521009",
        ["Input.Postcode"] = "402260",
        ["Input.Website"] = "http://www.jiangjin.gov.cn",
    };

    public static async Task SaveAsync(this HttpClient editor, int orgId, Dictionary<string, string> form)
    {
        var response = await editor.PostFormAsync($"/admin/functions/{orgId}", form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    public static async Task<HttpResponseMessage> ApproveAsync(this HttpClient reviewer, int orgId, string comment = "同意")
    {
        var page = await reviewer.GetStringAsync($"/admin/functions/{orgId}");
        var versionId = VersionIdField().Match(page);
        Assert.True(versionId.Success, "no version pending review");
        return await reviewer.PostFormAsync($"/admin/functions/{orgId}", new() { ["versionId"] = versionId.Groups[1].Value, ["comment"] = comment },
            $"/admin/functions/{orgId}?handler=Approve");
    }

    /// <summary>Saves as the editor and approves as the reviewer: the record is public afterwards.</summary>
    public static async Task PublishAsync(this GongkaiFactory factory, int orgId, string address)
    {
        var editor = await factory.FunctionsStaffAsync(orgId, BusinessRole.Editor);
        var reviewer = await factory.FunctionsStaffAsync(orgId, BusinessRole.Reviewer);
        await editor.SaveAsync(orgId, Form(address));
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.ApproveAsync(orgId)).StatusCode);
    }

    [GeneratedRegex("name=\"versionId\" value=\"(\\d+)\"")]
    private static partial Regex VersionIdField();
}
