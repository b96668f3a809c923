using Gongkai.Browser.Tests.Infrastructure;
using Xunit.Sdk;

namespace Gongkai.Browser.Tests.Portal;

/// <summary>The axe check itself: a page that passes proves nothing unless a bad page fails.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityCheckTests(BrowserApp app)
{
    [Fact]
    public async Task Axe_check_fails_on_a_critical_violation_and_names_rule_impact_and_element()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        // An image without a text alternative: WCAG 1.1.1, which axe rates critical.
        await page.EvaluateAsync("() => { const img = document.createElement('img'); img.id = 'no-alt'; img.src = '/favicon.ico'; document.querySelector('main').append(img); }");

        var failure = await Assert.ThrowsAsync<FailException>(page.AssertNoSeriousViolationsAsync);
        Assert.Contains("image-alt (critical)", failure.Message);
        Assert.Contains("#no-alt", failure.Message);
    }
}
