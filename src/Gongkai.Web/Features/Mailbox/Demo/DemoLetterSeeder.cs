using Gongkai.Web.Data;
using Gongkai.Web.Shared.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Mailbox.Demo;

/// <summary>With <c>--demo</c>, while the mailbox is empty: three letters written as the public
/// writes them (<see cref="MailboxService.SubmitAsync"/>, not by staff), to the 区长信箱 and to the
/// demo organ, so the staff queues, deadlines and the public tracking page have something to show.
/// Subject and content are marked 【示例】.</summary>
public sealed class DemoLetterSeeder(IConfiguration configuration, ILogger<DemoLetterSeeder> log) : IStartupSeeder
{
    public int Order => 96;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        if (!DemoData.IsOn(configuration) || await db.Set<MailboxLetter>().AnyAsync(ct))
        {
            return;
        }

        var m = DemoData.Marker;
        LetterInput[] letters =
        [
            new() { Recipient = "区长信箱", Type = "suggestion", Subject = m + "建议在滨江新城增设公交线路", Content = m + "滨江新城入住居民越来越多，早晚高峰公交拥挤，建议增设一条连接轨道交通站点的公交线路。（演示用示例来信）", Name = "市民甲", Phone = "13800001001", Publish = true },
            new() { Recipient = "区长信箱", Type = "consultation", Subject = m + "咨询老旧小区改造的申报条件", Content = m + "请问我所在的小区建成于2000年以前，如何申报老旧小区改造？需要哪些材料？（演示用示例来信）", Name = "市民乙", Phone = "13800001002", Publish = true },
            new() { Recipient = DemoData.CaseOrgan, Type = "help", Subject = m + "惠民补贴迟迟未到账", Content = m + "我于今年三月申请的惠民惠农补贴至今未到账，请帮忙查询办理进度。（演示用示例来信）", Name = "市民丙", Phone = "13800001003", Publish = false },
        ];
        var mailbox = services.GetRequiredService<MailboxService>();
        foreach (var letter in letters)
        {
            try
            {
                await mailbox.SubmitAsync(letter, byStaff: false, [], ct);
            }
            catch (Exception e) when (e is LetterInputException or LetterRuleException)
            {
                log.LogWarning("示例数据：来信未能提交：{Error}", e.Message);
            }
        }
    }
}

/// <summary>Removes the demo letters: subject and content both marked 【示例】 (the writer's name is
/// stored encrypted, so it cannot carry the mark). Events, attachments and reminders go with them.</summary>
public sealed class DemoLettersOwner : IDemoDataOwner
{
    public string Kind => "信箱来信";

    public int RemovalOrder => 60;

    public async Task<int> RemoveAsync(GongkaiDbContext db, CancellationToken ct)
    {
        var demo = await db.Set<MailboxLetter>()
            .Where(l => l.Subject.StartsWith(DemoData.Marker) && l.Content.StartsWith(DemoData.Marker))
            .ToListAsync(ct);
        db.RemoveRange(demo);
        return demo.Count;
    }
}
