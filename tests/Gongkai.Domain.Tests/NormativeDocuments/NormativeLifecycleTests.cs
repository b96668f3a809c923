using Gongkai.Domain.NormativeDocuments;

namespace Gongkai.Domain.Tests.NormativeDocuments;

public sealed class NormativeLifecycleTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Expiry_date_passes_by_itself_the_day_after()
    {
        Assert.Equal(NormativeValidity.Valid, NormativeLifecycle.StateOn(D("2025-12-31"), D("2025-12-31"), []).Validity);
        var after = NormativeLifecycle.StateOn(D("2026-01-01"), D("2025-12-31"), []);
        Assert.Equal(NormativeValidity.Expired, after.Validity);
        Assert.Equal(D("2026-01-01"), after.Since);
    }

    [Fact]
    public void A_change_applies_from_its_date_not_before()
    {
        ValidityChange[] changes = [new(NormativeValidity.Amended, D("2026-03-01")), new(NormativeValidity.Repealed, D("2026-09-01"))];

        Assert.Equal(NormativeValidity.Valid, NormativeLifecycle.StateOn(D("2026-02-28"), null, changes).Validity);
        Assert.Equal(new ValidityState(NormativeValidity.Amended, D("2026-03-01")), NormativeLifecycle.StateOn(D("2026-08-31"), null, changes));
        Assert.Equal(new ValidityState(NormativeValidity.Repealed, D("2026-09-01")), NormativeLifecycle.StateOn(D("2026-09-01"), null, changes));
    }

    [Fact]
    public void Repeal_before_expiry_keeps_the_repeal()
    {
        ValidityChange[] changes = [new(NormativeValidity.Repealed, D("2025-06-01"))];
        Assert.Equal(NormativeValidity.Repealed, NormativeLifecycle.StateOn(D("2027-01-01"), D("2025-12-31"), changes).Validity);
    }

    [Fact]
    public void Amended_document_may_be_amended_again_then_repealed()
    {
        var changes = new List<ValidityChange> { new(NormativeValidity.Amended, D("2024-01-01")) };
        NormativeLifecycle.EnsureAllowed(new(NormativeValidity.Amended, D("2025-01-01")), D("2020-01-01"), null, changes);
        changes.Add(new(NormativeValidity.Amended, D("2025-01-01")));
        NormativeLifecycle.EnsureAllowed(new(NormativeValidity.Repealed, D("2025-06-01")), D("2020-01-01"), null, changes);
    }

    [Fact]
    public void Repealed_document_cannot_be_repealed_or_amended()
    {
        ValidityChange[] changes = [new(NormativeValidity.Repealed, D("2025-01-01"))];
        var ex = Assert.Throws<NormativeRuleException>(() =>
            NormativeLifecycle.EnsureAllowed(new(NormativeValidity.Amended, D("2025-02-01")), null, null, changes));
        Assert.Contains("已废止", ex.Message);
    }

    [Fact]
    public void Expired_document_cannot_be_repealed_after_its_expiry()
    {
        var ex = Assert.Throws<NormativeRuleException>(() =>
            NormativeLifecycle.EnsureAllowed(new(NormativeValidity.Repealed, D("2026-02-01")), null, D("2025-12-31"), []));
        Assert.Contains("失效", ex.Message);
    }

    [Fact]
    public void Change_cannot_be_dated_before_issue_or_before_a_later_change()
    {
        Assert.Throws<NormativeRuleException>(() =>
            NormativeLifecycle.EnsureAllowed(new(NormativeValidity.Repealed, D("2019-12-31")), D("2020-01-01"), null, []));
        Assert.Throws<NormativeRuleException>(() =>
            NormativeLifecycle.EnsureAllowed(new(NormativeValidity.Repealed, D("2024-01-01")), null, null, [new(NormativeValidity.Amended, D("2025-01-01"))]));
        Assert.Throws<NormativeRuleException>(() =>
            NormativeLifecycle.EnsureAllowed(new(NormativeValidity.Valid, D("2025-01-01")), null, null, []));
    }

    [Fact]
    public void Cleanup_requires_every_document_marked_and_every_change_allowed()
    {
        var on = D("2026-06-30");
        CleanupEntry[] entries =
        [
            new("甲", CleanupDecision.Continue, null, null, []),
            new("乙", CleanupDecision.Repeal, null, null, []),
            new("丙", null, null, null, []),
            new("丁", CleanupDecision.Amend, null, null, [new(NormativeValidity.Repealed, D("2025-01-01"))]),
            new("戊", CleanupDecision.Continue, null, D("2026-01-31"), []),
        ];

        var problems = Cleanup.Check(on, entries);

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("丙：尚未标注", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("丁：", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("戊：", StringComparison.Ordinal));
        Assert.Empty(Cleanup.Check(on, entries[..2]));
        Assert.Null(Cleanup.ChangeFor(CleanupDecision.Continue, on));
        Assert.Equal(new ValidityChange(NormativeValidity.Expired, on), Cleanup.ChangeFor(CleanupDecision.Expire, on));
    }
}
