using Gongkai.Browser.Tests.Infrastructure;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests.Identity;

/// <summary>A staff member's day, start to end, through the real pages and cookies.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffJourneyTests(BrowserApp app)
{
    /// <summary>After a form is posted the next page's address and content are what the journey needs;
    /// the full load event (every subresource) is not, and on a busy CI machine it has been seen to
    /// take over a minute after the page itself was shown.</summary>
    private static readonly PageWaitForURLOptions AfterSubmit = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    [Fact]
    public async Task Staff_member_signs_in_with_password_and_code_sees_the_workbench_and_history_then_signs_out()
    {
        var userName = "browser-" + Guid.NewGuid().ToString("N")[..6];
        await app.CreateStaffAsync(userName);
        var page = await app.NewPageAsync();

        await page.GotoAsync("/admin");
        await page.WaitForURLAsync("**/account/login**", AfterSubmit);
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(StaffClients.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await page.WaitForURLAsync("**/account/login-2fa**", AfterSubmit);
        await page.GetByLabel("动态口令").FillAsync(await app.TotpAsync(userName));
        await page.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();

        await page.WaitForURLAsync("**/admin", AfterSubmit);
        var staffNav = page.GetByRole(AriaRole.Navigation, new() { Name = "管理导航" });
        await Assertions.Expect(staffNav.GetByRole(AriaRole.Link, new() { Name = "工作台" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("工作台");

        await staffNav.GetByRole(AriaRole.Link, new() { Name = "我的账户" }).ClickAsync();
        await page.WaitForURLAsync("**/account/security", AfterSubmit);
        var history = page.GetByRole(AriaRole.Table, new() { Name = "最近 50 次登录记录" }).Locator("tbody tr");
        await Assertions.Expect(history.First).ToContainTextAsync("成功");
        await Assertions.Expect(history.First).ToContainTextAsync("127.0.0.1");

        await staffNav.GetByRole(AriaRole.Button, new() { Name = $"退出（{userName}）" }).ClickAsync();
        await page.WaitForURLAsync("**/account/logout", AfterSubmit);
        await Assertions.Expect(staffNav).ToHaveCountAsync(0);
        await page.GotoAsync("/admin");
        await page.WaitForURLAsync("**/account/login**", AfterSubmit);
    }
}
