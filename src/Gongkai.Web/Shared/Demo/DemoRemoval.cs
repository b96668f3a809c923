using Gongkai.Web.Data;

namespace Gongkai.Web.Shared.Demo;

/// <summary><c>--demo-remove</c>: every registered <see cref="IDemoDataOwner"/> removes its demo
/// records, each in its own transaction, in <see cref="IDemoDataOwner.RemovalOrder"/>.</summary>
public static class DemoRemoval
{
    public sealed record Removed(string Kind, int Count);

    public static async Task<IReadOnlyList<Removed>> RemoveAllAsync(IServiceProvider root, CancellationToken ct = default)
    {
        var removed = new List<Removed>();
        await using var scope = root.CreateAsyncScope();
        var owners = scope.ServiceProvider.GetServices<IDemoDataOwner>().OrderByDescending(o => o.RemovalOrder).ToList();
        foreach (var owner in owners)
        {
            // A fresh context per owner: what one owner loaded never leaks into the next one's save.
            await using var inner = root.CreateAsyncScope();
            var db = inner.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var count = await owner.RemoveAsync(db, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            removed.Add(new Removed(owner.Kind, count));
        }

        // One audit entry for the whole removal (the owners' deletes are not audited one by one).
        await scope.ServiceProvider.GetRequiredService<Features.Audit.AuditTrail>().WriteAsync("demo.removed",
            detail: "示例数据已删除：" + string.Join("，", removed.Select(r => $"{r.Kind} {r.Count} 条")), userName: DemoData.Actor, ct: ct);
        return removed;
    }

    /// <summary>The command: removes, prints one line per kind, and answers the process exit code.</summary>
    public static async Task<int> RunCommandAsync(IServiceProvider root)
    {
        var removed = await RemoveAllAsync(root);
        foreach (var r in removed)
        {
            Console.WriteLine($"[Gongkai] 已删除示例数据：{r.Kind} {r.Count} 条");
        }

        Console.WriteLine($"[Gongkai] 示例数据已全部删除（共 {removed.Sum(r => r.Count)} 条）；真实数据未受影响。");
        return 0;
    }
}
