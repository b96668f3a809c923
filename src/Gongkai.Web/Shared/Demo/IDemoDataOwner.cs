using Gongkai.Web.Data;

namespace Gongkai.Web.Shared.Demo;

/// <summary>A feature that seeds demo data registers one of these for it, so that
/// <c>--demo-remove</c> removes every feature's demo records without naming any feature. An owner
/// removes only records that carry both demo marks (<see cref="DemoData"/>) and leaves real
/// records alone.</summary>
public interface IDemoDataOwner
{
    /// <summary>What is removed, in Chinese, for the console (e.g. “公开信息”).</summary>
    string Kind { get; }

    /// <summary>Owners run from the highest to the lowest: records that point at another feature's
    /// records go first (an interpretation before its policy, a normative document before its publication).</summary>
    int RemovalOrder { get; }

    /// <summary>Removes this feature's demo records; returns how many top-level records went.</summary>
    Task<int> RemoveAsync(GongkaiDbContext db, CancellationToken ct);
}
