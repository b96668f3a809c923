using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests.Infrastructure;

/// <summary>axe-core checks. Serious and critical violations fail (DESIGN.md, Accessibility);
/// the message lists each rule with its impact and the elements it found, so the failure says
/// what to fix without rerunning anything.</summary>
public static class Accessibility
{
    private static readonly string[] Failing = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var violations = result.Violations.Where(v => Failing.Contains(v.Impact)).ToList();
        if (violations.Count == 0)
        {
            return;
        }

        var lines = violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n    " +
            string.Join("\n    ", v.Nodes.Select(n => n.Target?.ToString() ?? "(no selector)")));
        Assert.Fail($"axe-core found {violations.Count} serious or critical violation(s) on {page.Url}:\n{string.Join("\n", lines)}");
    }
}
