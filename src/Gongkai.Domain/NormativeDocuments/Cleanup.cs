namespace Gongkai.Domain.NormativeDocuments;

/// <summary>A clean-up (清理) publishes one result list: every document in it must be marked, and
/// every change must be allowed, or nothing changes. Statuses change on the result's date.</summary>
public static class Cleanup
{
    public static ValidityChange? ChangeFor(CleanupDecision decision, DateOnly on) => decision switch
    {
        CleanupDecision.Continue => null,
        CleanupDecision.Amend => new ValidityChange(NormativeValidity.Amended, on),
        CleanupDecision.Repeal => new ValidityChange(NormativeValidity.Repealed, on),
        CleanupDecision.Expire => new ValidityChange(NormativeValidity.Expired, on),
        _ => throw new ArgumentOutOfRangeException(nameof(decision)),
    };

    public static string Label(CleanupDecision decision) => decision switch
    {
        CleanupDecision.Continue => "继续有效",
        CleanupDecision.Amend => "修改",
        CleanupDecision.Repeal => "废止",
        CleanupDecision.Expire => "宣布失效",
        _ => decision.ToString(),
    };

    /// <summary>Checks the whole list before anything is applied; returns the problems, one per line (empty: publishable).</summary>
    public static IReadOnlyList<string> Check(DateOnly on, IEnumerable<CleanupEntry> entries)
    {
        var problems = new List<string>();
        foreach (var e in entries)
        {
            if (e.Decision is not { } decision)
            {
                problems.Add($"{e.Name}：尚未标注清理结果。");
                continue;
            }

            if (ChangeFor(decision, on) is { } change)
            {
                try
                {
                    NormativeLifecycle.EnsureAllowed(change, e.IssuedOn, e.ExpiresOn, e.Changes);
                }
                catch (NormativeRuleException ex)
                {
                    problems.Add($"{e.Name}：{ex.Message}");
                }
            }
            else if (!NormativeLifecycle.StateOn(on, e.ExpiresOn, e.Changes).InForce)
            {
                problems.Add($"{e.Name}：到清理日期已不再有效，不能标注为继续有效。");
            }
        }

        return problems;
    }
}
