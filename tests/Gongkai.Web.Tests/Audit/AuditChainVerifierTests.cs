using Gongkai.Web.Features.Audit;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Audit;

/// <summary>SECURITY.md R5 (b): a DBA who edits, deletes or reorders a row, with the triggers
/// dropped, is caught by the verifier, which names the first broken sequence. Each test has its
/// own database because the verifier checks the whole chain.</summary>
public sealed class AuditChainVerifierTests
{
    [Fact]
    public async Task Intact_chain_verifies_and_reports_its_row_count()
    {
        using var factory = NewFactory();
        await factory.WriteRowsAsync(7);

        var report = await factory.VerifyAsync();

        Assert.True(report.Ok, report.Message);
        Assert.Equal(7, report.Count);
        Assert.Equal(1, report.FirstSequence);
        Assert.Equal(7, report.LastSequence);
    }

    [Fact]
    public async Task Empty_log_verifies()
    {
        using var factory = NewFactory();
        var report = await factory.VerifyAsync();
        Assert.True(report.Ok);
        Assert.Equal(0, report.Count);
    }

    [Fact]
    public async Task Changed_field_beyond_the_first_batch_is_named_by_its_sequence()
    {
        using var factory = NewFactory();
        await factory.WriteRowsAsync(AuditChainVerifier.BatchSize * 2 + 50);
        Assert.True((await factory.VerifyAsync()).Ok);

        await factory.AsDbaAsync("""UPDATE "AuditEntries" SET "Success" = false WHERE "Sequence" = 1020""");

        var report = await factory.VerifyAsync();
        Assert.False(report.Ok);
        Assert.Equal(1020, report.BrokenAt);
        Assert.Equal(AuditChainProblem.HashMismatch, report.Problem);
        Assert.Equal(1019, report.Count);
        Assert.Contains("1020", report.Message);
    }

    [Fact]
    public async Task Changed_before_value_is_detected()
    {
        using var factory = NewFactory();
        await factory.WriteRowsAsync(5);
        await factory.AsDbaAsync("""UPDATE "AuditEntries" SET "Before" = '{"value":99}' WHERE "Sequence" = 2""");

        var report = await factory.VerifyAsync();
        Assert.Equal((2L, AuditChainProblem.HashMismatch), (report.BrokenAt!.Value, report.Problem!.Value));
    }

    [Fact]
    public async Task Deleted_middle_row_is_reported_as_a_gap_at_its_sequence()
    {
        using var factory = NewFactory();
        await factory.WriteRowsAsync(10);
        await factory.AsDbaAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 6""");

        var report = await factory.VerifyAsync();
        Assert.Equal(6, report.BrokenAt);
        Assert.Equal(AuditChainProblem.Gap, report.Problem);
        Assert.Equal(5, report.Count);
    }

    [Fact]
    public async Task Swapped_rows_break_the_chain_at_the_first_swapped_sequence()
    {
        using var factory = NewFactory();
        await factory.WriteRowsAsync(8);
        await factory.AsDbaAsync(
            """UPDATE "AuditEntries" SET "Sequence" = -1 WHERE "Sequence" = 3""",
            """UPDATE "AuditEntries" SET "Sequence" = 3 WHERE "Sequence" = 5""",
            """UPDATE "AuditEntries" SET "Sequence" = 5 WHERE "Sequence" = -1""");

        var report = await factory.VerifyAsync();
        Assert.False(report.Ok);
        Assert.Equal(3, report.BrokenAt);
    }

    [Fact]
    public async Task Rewritten_hash_of_a_row_is_detected_at_that_row()
    {
        using var factory = NewFactory();
        await factory.WriteRowsAsync(4);
        await factory.AsDbaAsync("""UPDATE "AuditEntries" SET "Hash" = '0000000000000000000000000000000000000000000000000000000000000000' WHERE "Sequence" = 4""");

        var report = await factory.VerifyAsync();
        Assert.Equal((4L, AuditChainProblem.HashMismatch), (report.BrokenAt!.Value, report.Problem!.Value));
    }

    [Fact]
    public async Task Oldest_rows_deleted_without_a_recorded_purge_are_detected()
    {
        using var factory = NewFactory();
        await factory.WriteRowsAsync(6);
        await factory.AsDbaAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" <= 2""");

        var report = await factory.VerifyAsync();
        Assert.Equal((3L, AuditChainProblem.UnrecordedTruncation), (report.BrokenAt!.Value, report.Problem!.Value));
    }

    private static GongkaiFactory NewFactory()
    {
        var factory = new GongkaiFactory();
        factory.AtRealTime();
        return factory;
    }
}
