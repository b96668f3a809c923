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
        var violations = await SeriousViolationsAsync(page);
        if (violations.Count == 0)
        {
            return;
        }

        Assert.Fail($"axe-core found {violations.Count} serious or critical violation(s) on {page.Url}:\n{string.Join("\n", violations)}");
    }

    /// <summary>The serious and critical violations on the page, one line per rule with the
    /// elements it found (empty when the page passes), for checks that report many pages at once.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(this IPage page)
    {
        // Only violations are needed; leaving out the passes and incomplete results keeps axe's
        // answer small, which matters on a page with hundreds of elements.
        var result = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
        return result.Violations.Where(v => Failing.Contains(v.Impact)).Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n    " +
            string.Join("\n    ", v.Nodes.Select(n => n.Target?.ToString() ?? "(no selector)"))).ToList();
    }
}
