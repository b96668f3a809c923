using Gongkai.Browser.Tests.Infrastructure;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests.Identity;

/// <summary>A staff member's day, start to end, through the real pages and cookies.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Staff_member_signs_in_with_password_and_code_sees_the_workbench_and_history_then_signs_out()
    {
        var userName = "browser-" + Guid.NewGuid().ToString("N")[..6];
        await app.CreateStaffAsync(userName);
        var page = await app.NewPageAsync();

        await page.GotoAsync("/admin");
        await page.WaitForURLAsync("**/account/login**");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(StaffClients.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await page.WaitForURLAsync("**/account/login-2fa**");
        await page.GetByLabel("动态口令").FillAsync(await app.TotpAsync(userName));
        await page.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();

        await page.WaitForURLAsync("**/admin");
        var staffNav = page.GetByRole(AriaRole.Navigation, new() { Name = "管理导航" });
        await Assertions.Expect(staffNav.GetByRole(AriaRole.Link, new() { Name = "工作台" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("工作台");

        await staffNav.GetByRole(AriaRole.Link, new() { Name = "我的账户" }).ClickAsync();
        await page.WaitForURLAsync("**/account/security");
        var history = page.GetByRole(AriaRole.Table, new() { Name = "最近 50 次登录记录" }).Locator("tbody tr");
        await Assertions.Expect(history.First).ToContainTextAsync("成功");
        await Assertions.Expect(history.First).ToContainTextAsync("127.0.0.1");

        await staffNav.GetByRole(AriaRole.Button, new() { Name = $"退出（{userName}）" }).ClickAsync();
        await page.WaitForURLAsync("**/account/logout");
        await Assertions.Expect(staffNav).ToHaveCountAsync(0);
        await page.GotoAsync("/admin");
        await page.WaitForURLAsync("**/account/login**");
    }
}
