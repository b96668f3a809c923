using Gongkai.Domain.Audit;

namespace Gongkai.Domain.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly byte[] Key = new byte[32];

    [Fact]
    public void The_hash_depends_on_every_field_and_on_the_previous_hash()
    {
        var baseline = AuditChain.Hash(Key, AuditChain.Genesis, ["1", "a", null]);
        Assert.NotEqual(baseline, AuditChain.Hash(Key, AuditChain.Genesis, ["1", "b", null]));
        Assert.NotEqual(baseline, AuditChain.Hash(Key, "other", ["1", "a", null]));
        Assert.NotEqual(baseline, AuditChain.Hash(Key, AuditChain.Genesis, ["1", "a", ""]));
        Assert.Equal(baseline, AuditChain.Hash(Key, AuditChain.Genesis, ["1", "a", null]));
    }

    [Fact]
    public void Moving_text_between_fields_changes_the_hash() =>
        Assert.NotEqual(AuditChain.Hash(Key, "p", ["ab", "c"]), AuditChain.Hash(Key, "p", ["a", "bc"]));

    [Fact]
    public void Without_the_key_the_hash_cannot_be_recomputed() =>
        Assert.NotEqual(AuditChain.Hash(Key, "p", ["x"]), AuditChain.Hash(new byte[] { 1 }, "p", ["x"]));
}
