using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests.Infrastructure;

/// <summary>Signs a staff member in the way a person does: user name and password, then the
/// authenticator code, through the real pages.</summary>
public static class BrowserSignIn
{
    /// <summary>Opens a fresh browser context for the person and signs in; ends on the workbench.</summary>
    public static async Task<IPage> SignInAsync(this BrowserApp app, string userName)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(StaffClients.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/account/login-2fa**");
        await page.GetByLabel("动态口令").FillAsync(await app.TotpAsync(userName));
        await page.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        return page;
    }
}
