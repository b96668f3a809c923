namespace Gongkai.Domain.NormativeDocuments;

/// <summary>立改废: the validity of a document on any day follows from its recorded acts and its
/// expiry date (有效期至), so nothing has to run for an expiry date to pass: read the state for today.
/// A document valid until 2025-12-31 is 失效 from 2026-01-01. Repeal and expiry are final.</summary>
public static class NormativeLifecycle
{
    public static ValidityState StateOn(DateOnly day, DateOnly? expiresOn, IEnumerable<ValidityChange> changes)
    {
        var state = new ValidityState(NormativeValidity.Valid, null);
        foreach (var change in changes.Where(c => c.On <= day).OrderBy(c => c.On))
        {
            if (!state.InForce)
            {
                break;
            }

            if (expiresOn is { } end && change.On > end)
            {
                break;
            }

            state = new ValidityState(change.To, change.On);
        }

        if (state.InForce && expiresOn is { } last && day > last)
        {
            state = new ValidityState(NormativeValidity.Expired, last.AddDays(1));
        }

        return state;
    }

    /// <summary>Checks that <paramref name="change"/> may be recorded after the existing acts; throws
    /// <see cref="NormativeRuleException"/> with the reason otherwise.</summary>
    public static void EnsureAllowed(ValidityChange change, DateOnly? issuedOn, DateOnly? expiresOn, IReadOnlyCollection<ValidityChange> changes)
    {
        if (change.To == NormativeValidity.Valid)
        {
            throw new NormativeRuleException("已修改、废止或失效的文件不能恢复为有效；如需重新施行，请另行制发文件。");
        }

        if (issuedOn is { } issued && change.On < issued)
        {
            throw new NormativeRuleException($"生效日期{change.On:yyyy-MM-dd}早于文件的成文日期{issued:yyyy-MM-dd}。");
        }

        if (changes.Count > 0 && changes.Max(c => c.On) is var latest && change.On < latest)
        {
            throw new NormativeRuleException($"该文件在{latest:yyyy-MM-dd}已有变更，新的变更日期不能早于该日。");
        }

        var before = StateOn(change.On, expiresOn, changes);
        if (!before.InForce)
        {
            throw new NormativeRuleException(
                $"该文件自{before.Since:yyyy-MM-dd}起已{Label(before.Validity)}，不能再{Verb(change.To)}。");
        }
    }

    public static string Label(NormativeValidity validity) => validity switch
    {
        NormativeValidity.Valid => "有效",
        NormativeValidity.Amended => "已修改",
        NormativeValidity.Repealed => "已废止",
        NormativeValidity.Expired => "失效",
        _ => validity.ToString(),
    };

    public static string Verb(NormativeValidity validity) => validity switch
    {
        NormativeValidity.Amended => "修改",
        NormativeValidity.Repealed => "废止",
        NormativeValidity.Expired => "宣布失效",
        _ => "变更",
    };
}
