using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.NormativeDocuments.Import;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments.Demo;

/// <summary>With <c>--demo</c>, while no normative document exists: the demo editor (the district
/// office's 机关管理员 in the demo) imports, through <see cref="NormativeImporter"/> and the platform's
/// import template, three of the district office's normative documents — two in force, one
/// repealed — and two interpretations linked by 发文字号; then assembles a 文件汇编 of the documents in
/// force, which the demo reviewer publishes. Every title is marked 【示例】.</summary>
public sealed class DemoNormativeSeeder(IConfiguration configuration, ILogger<DemoNormativeSeeder> log) : IStartupSeeder
{
    public int Order => 94;

    private const string Rules = "江津府办发〔2024〕901号";
    private const string Applications = "江津府办发〔2025〕902号";

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        if (!DemoData.IsOn(configuration) || await db.Set<NormativeDocument>().AnyAsync(ct))
        {
            return;
        }

        var office = await services.GetRequiredService<OrganizationDirectory>().FindActiveAsync(DemoData.DistrictOffice, ct);
        if (office is null || await DemoAccounts.PrincipalAsync(services, DemoAccounts.Editor) is not { } editor)
        {
            return;
        }

        var m = DemoData.Marker;
        using var workbook = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(workbook, new[]
        {
            Row("1", m + "重庆市江津区政务公开工作规定", Rules, "2024-03-01", "2024-03-05", "有效", needsInterpretation: "是"),
            Row("1", m + "重庆市江津区政府信息公开申请办理规定", Applications, "2025-04-01", "2025-04-03", "有效", needsInterpretation: "是"),
            Row("1", m + "重庆市江津区政务公开考核办法", "江津府办发〔2019〕903号", "2019-05-06", "2019-05-10", "已废止", changedOn: "2024-03-05"),
            Row("政策解读", m + "《重庆市江津区政务公开工作规定》政策解读", null, null, "2024-03-06", null, interprets: Rules, form: "问答"),
            Row("政策解读", m + "一图读懂《重庆市江津区政府信息公开申请办理规定》", null, null, "2025-04-08", null, interprets: Applications),
        }, excelType: MiniExcelLibs.ExcelType.XLSX, cancellationToken: ct);
        workbook.Position = 0;

        await using (var actor = DemoAccounts.ActAs(services, editor))
        {
            var (report, error) = await actor.Services.GetRequiredService<NormativeImporter>().ImportAsync(office.Id, workbook, DemoData.Actor, ct);
            if (report is null || report.Failed > 0)
            {
                log.LogWarning("示例数据：规范性文件导入未全部成功：{Error}", error ?? string.Join("；", report!.Rows.Where(r => !r.Ok).SelectMany(r => r.Errors ?? [])));
            }

            try
            {
                var compilations = actor.Services.GetRequiredService<CompilationService>();
                var id = await compilations.CreateAsync(office.Id, new CompilationInput
                {
                    Title = m + "重庆市江津区人民政府办公室现行有效规范性文件汇编",
                    Description = "收录本机关现行有效的行政规范性文件（演示用示例）。",
                    DocumentNumbers = Rules + "\n" + Applications,
                }, ct);
                if (await DemoAccounts.PrincipalAsync(services, DemoAccounts.Reviewer) is { } reviewer)
                {
                    await using var review = DemoAccounts.ActAs(services, reviewer);
                    await review.Services.GetRequiredService<CompilationService>().PublishAsync(id, ct);
                }
            }
            catch (Exception e) when (e is NormativeRuleException or Publications.PublicationForbiddenException)
            {
                log.LogWarning("示例数据：文件汇编未能编制：{Error}", e.Message);
            }
        }
    }

    private static Dictionary<string, object?> Row(string column, string title, string? number, string? signedOn, string publishedOn, string? validity,
        string? changedOn = null, string? interprets = null, string? form = null, string? needsInterpretation = null) => new()
        {
            ["机关"] = null,
            ["栏目"] = column,
            ["标题"] = title,
            ["正文"] = DemoData.Marker + "本文为演示用示例内容，不具有任何效力。" + title,
            ["发文字号"] = number,
            ["成文日期"] = signedOn,
            ["发布日期"] = publishedOn,
            ["有效性"] = validity,
            [NormativeImportColumns.ValidityChangedOn] = changedOn,
            [NormativeImportColumns.NeedsInterpretation] = needsInterpretation,
            [NormativeImportColumns.InterpretedNumbers] = interprets,
            [NormativeImportColumns.Form] = form,
        };
}

/// <summary>Removes the demo 文件汇编 (title marked 【示例】; a compilation has no author of its own).
/// The demo documents and interpretations are publications by a demo account and go with them
/// (their rows cascade from the publication), so compilations, which point at documents, go first.</summary>
public sealed class DemoCompilationsOwner : IDemoDataOwner
{
    public string Kind => "文件汇编";

    public int RemovalOrder => 30;

    public async Task<int> RemoveAsync(GongkaiDbContext db, CancellationToken ct)
    {
        var demo = await db.Set<Compilation>().Where(c => c.Title.StartsWith(DemoData.Marker)).ToListAsync(ct);
        db.RemoveRange(demo);
        return demo.Count;
    }
}
