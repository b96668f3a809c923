using System.Text;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gongkai.Web.Tests.Audit;

/// <summary>The audit administrator's search filters and the Excel/CSV export of their result.
/// Each test uses its own user names, so the shared database does not couple them.</summary>
public sealed class AuditSearchExportTests : IClassFixture<GongkaiFactory>
{
    private readonly GongkaiFactory factory;

    public AuditSearchExportTests(GongkaiFactory factory)
    {
        this.factory = factory;
        factory.AtRealTime();
    }

    [Fact]
    public async Task Search_filters_by_user_event_result_organisation_target_and_China_date()
    {
        var tag = Tag();
        await factory.WriteRowsAsync(2, "doc.published", userName: $"alice{tag}", organizationId: 5);
        await factory.WriteRowsAsync(1, "doc.deleted", userName: $"bob{tag}", success: false, organizationId: 6, targetId: $"T{tag}");
        await factory.WriteRowsAsync(1, "doc.published", userName: $"bob{tag}", age: TimeSpan.FromDays(10), organizationId: 6);

        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(2, await Count(db, new AuditQuery { UserName = $"alice{tag}" }));
            Assert.Equal(4, await Count(db, new AuditQuery { UserName = tag }));
            Assert.Equal(1, await Count(db, new AuditQuery { UserName = tag, EventType = "doc.deleted" }));
            Assert.Equal(4, await Count(db, new AuditQuery { UserName = tag, EventType = "doc." }));
            Assert.Equal(1, await Count(db, new AuditQuery { UserName = tag, Success = false }));
            Assert.Equal(2, await Count(db, new AuditQuery { UserName = tag, OrganizationId = 6 }));
            Assert.Equal(1, await Count(db, new AuditQuery { UserName = tag, Target = $"T{tag}" }));

            var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToOffset(AuditDisplay.ChinaOffset).DateTime);
            Assert.Equal(3, await Count(db, new AuditQuery { UserName = tag, From = today, To = today }));
            Assert.Equal(1, await Count(db, new AuditQuery { UserName = tag, To = today.AddDays(-5) }));
            Assert.Equal(1, await Count(db, new AuditQuery { UserName = tag, From = today.AddDays(-10), To = today.AddDays(-10) }));
        });
    }

    [Fact]
    public async Task Excel_export_contains_exactly_the_filtered_rows()
    {
        var tag = Tag();
        await factory.WriteRowsAsync(3, "export.wanted", userName: $"carol{tag}");
        await factory.WriteRowsAsync(2, "export.other", userName: $"carol{tag}");

        await factory.WithDbAsync(async db =>
        {
            using var file = new MemoryStream();
            var query = new AuditQuery { UserName = $"carol{tag}", EventType = "export.wanted" };
            var written = await AuditExport.WriteXlsxAsync(query.Apply(db.Set<AuditEntry>()), file);
            file.Position = 0;

            var rows = MiniExcel.Query(file, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(3, written);
            Assert.Equal(3, rows.Count);
            Assert.All(rows, r => Assert.Equal("export.wanted", r["事件"]?.ToString()));
            Assert.All(rows, r => Assert.Equal($"carol{tag}", r["用户名"]?.ToString()));
            Assert.All(rows, r => Assert.Equal("成功", r["结果"]?.ToString()));
            Assert.Equal(AuditExport.Columns, rows[0].Keys);
        });
    }

    [Fact]
    public async Task Csv_export_contains_exactly_the_filtered_rows_and_defuses_formulas()
    {
        var tag = Tag();
        await factory.WriteRowsAsync(2, "csv.wanted", userName: $"=dave{tag}");
        await factory.WriteRowsAsync(1, "csv.other", userName: $"=dave{tag}");

        await factory.WithDbAsync(async db =>
        {
            using var file = new MemoryStream();
            var written = await AuditExport.WriteCsvAsync(new AuditQuery { UserName = $"dave{tag}", EventType = "csv.wanted" }.Apply(db.Set<AuditEntry>()), file);
            var text = Encoding.UTF8.GetString(file.ToArray());

            Assert.Equal(2, written);
            Assert.StartsWith("\uFEFF序号,", text);
            var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            Assert.All(lines.Skip(1), l => Assert.Contains(",csv.wanted,", l));
            Assert.All(lines.Skip(1), l => Assert.Contains($",'=dave{tag},", l));
        });
    }

    private static Task<int> Count(GongkaiDbContext db, AuditQuery query) => query.Apply(db.Set<AuditEntry>()).CountAsync();

    private static string Tag() => Guid.NewGuid().ToString("N")[..8];
}
