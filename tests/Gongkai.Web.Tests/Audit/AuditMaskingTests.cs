using Gongkai.Web.Features.Audit;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Audit;

public sealed class AuditMaskingTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Personal_data_in_before_after_and_detail_is_masked_when_written()
    {
        await using (var scope = factory.Scope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
            audit.Record("test.masking", targetType: "Test", targetId: "masking",
                before: new { applicant = "张三", idNumber = "500116199001011234", phone = "13812345678" },
                after: "联系邮箱 zhangsan@example.com",
                detail: "身份证号 11010519491231002X");
            await scope.ServiceProvider.GetRequiredService<Gongkai.Web.Data.GongkaiDbContext>().SaveChangesAsync();
        }

        await factory.WithDbAsync(async db =>
        {
            var entry = await db.Set<AuditEntry>().SingleAsync(e => e.EventType == "test.masking");
            Assert.DoesNotContain("500116199001011234", entry.Before);
            Assert.Contains("500116********1234", entry.Before);
            Assert.Contains("138****5678", entry.Before);
            Assert.DoesNotContain("zhangsan@example.com", entry.After);
            Assert.DoesNotContain("11010519491231002X", entry.Detail);
            Assert.Contains("张三", entry.Before);
        });
    }
}
