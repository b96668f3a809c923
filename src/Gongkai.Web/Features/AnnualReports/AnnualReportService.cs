using System.Globalization;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.AnnualReports;

/// <summary>Computes reports from the registered <see cref="IAnnualReportSource"/>s plus stored
/// adjustments, saves narrative and adjustments (audited), and submits a report whose checks pass
/// to the publications review. Methods that change something return a Chinese message when they
/// refuse and null when done; a missing role throws <see cref="AnnualReportForbiddenException"/>.</summary>
public sealed class AnnualReportService(GongkaiDbContext db, IEnumerable<IAnnualReportSource> sources, AnnualReportAccess access,
    AuditTrail audit, TimeProvider clock, PublicationService publications, ILogger<AnnualReportService> log)
{
    public const string TargetType = "annualReport";
    public const int MaxNarrative = 20000;
    public const int MaxExplanation = 500;
    public const string Placeholder = "（请";

    /// <summary>The year reports are written about now: last year.</summary>
    public int DefaultYear => ChinaTime.Today(clock).Year - 1;

    public bool IsReportableYear(int year) => year >= ReportTemplates.FirstYear && year <= ChinaTime.Today(clock).Year;

    public async Task<ReportFigures> ComputeAsync(IReadOnlyCollection<int>? organizationIds, int year, CancellationToken ct = default)
    {
        var query = new AnnualReportQuery(organizationIds, year, ReportTemplates.For(year));
        var figures = new ReportFigures();
        foreach (var source in sources)
        {
            await source.ContributeAsync(query, figures, ct);
        }

        return figures;
    }

    public async Task<AnnualReportView> ViewAsync(Organization organ, int year, CancellationToken ct = default)
    {
        var template = ReportTemplates.For(year);
        var figures = await ComputeAsync([organ.Id], year, ct);
        var adjustments = await db.Set<AnnualReportAdjustment>().AsNoTracking().Where(a => a.OrganizationId == organ.Id && a.Year == year).ToListAsync(ct);
        var report = await db.Set<AnnualReport>().AsNoTracking().FirstOrDefaultAsync(r => r.OrganizationId == organ.Id && r.Year == year, ct);
        var cells = Cells(template, figures, adjustments.Select(a => (KeyOf(a), a.Amount, (string?)a.Explanation)));
        var draft = ReportDraft.For(year, cells, figures.Facts);
        var narratives = template.Sections.Where(s => s.IsNarrative).ToDictionary(s => s.Key,
            s => report?.Narratives.GetValueOrDefault(s.Key) is { Length: > 0 } saved ? saved : draft[s.Key]);
        var (status, publishedOn) = await StatusOfAsync(report, ct);
        var deadline = ReportDeadlines.For(year, organ.Kind, await DeadlinesAsync(ct));
        return new AnnualReportView
        {
            OrganizationId = organ.Id,
            OrganName = organ.Name,
            Year = year,
            Template = template,
            Report = report,
            Cells = cells,
            Facts = figures.Facts,
            Warnings = figures.Warnings,
            Narratives = narratives,
            NarrativeIsDraft = report is null || report.Narratives.Values.All(string.IsNullOrEmpty),
            Checks = ReportChecks.Run(template, cells.ToDictionary(c => c.Key, c => c.Value.Value), narratives),
            Status = status,
            Deadline = deadline,
            Late = ReportDeadlines.IsLate(deadline, ChinaTime.Today(clock), publishedOn),
            PublicationId = report?.PublicationId,
        };
    }

    /// <summary>The district-wide total: every organ's computed values and adjustments summed.</summary>
    public async Task<AnnualReportView> DistrictTotalAsync(int year, CancellationToken ct = default)
    {
        var template = ReportTemplates.For(year);
        var figures = await ComputeAsync(null, year, ct);
        var adjustments = await db.Set<AnnualReportAdjustment>().AsNoTracking().Where(a => a.Year == year).ToListAsync(ct);
        var summed = adjustments.GroupBy(KeyOf).Select(g => (g.Key, g.Sum(a => a.Amount), (string?)$"{g.Count()}个机关的调整之和"));
        var cells = Cells(template, figures, summed);
        return new AnnualReportView
        {
            OrganName = "全区",
            Year = year,
            Template = template,
            Cells = cells,
            Facts = figures.Facts,
            Warnings = figures.Warnings,
            Narratives = new Dictionary<string, string>(),
            Checks = ReportChecks.Run(template, cells.ToDictionary(c => c.Key, c => c.Value.Value)),
        };
    }

    /// <summary>Every organ with a disclosure platform (or those in <paramref name="only"/>), with its report's status for the year.</summary>
    public async Task<List<ReportStatusRow>> StatusesAsync(int year, IReadOnlySet<int>? only, CancellationToken ct = default)
    {
        var organs = await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && o.Kind != OrganizationKind.Party)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Select(o => new { o.Id, o.Name, o.Kind }).ToListAsync(ct);
        if (only is not null)
        {
            organs = organs.Where(o => only.Contains(o.Id)).ToList();
        }

        var reports = await db.Set<AnnualReport>().AsNoTracking().Where(r => r.Year == year).ToDictionaryAsync(r => r.OrganizationId, ct);
        var publicationIds = reports.Values.Where(r => r.PublicationId != null).Select(r => r.PublicationId!.Value).ToList();
        var items = await db.Set<Publication>().AsNoTracking().Where(p => publicationIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Status, p.PublishedAt }).ToDictionaryAsync(p => p.Id, ct);
        var today = ChinaTime.Today(clock);
        var deadlines = await DeadlinesAsync(ct);
        return organs.Select(o =>
        {
            var report = reports.GetValueOrDefault(o.Id);
            var item = report?.PublicationId is { } id ? items.GetValueOrDefault(id) : null;
            var (status, publishedOn) = Classify(report, item?.Status, item?.PublishedAt);
            var deadline = ReportDeadlines.For(year, o.Kind, deadlines);
            return new ReportStatusRow(o.Id, o.Name, status, deadline, ReportDeadlines.IsLate(deadline, today, publishedOn), publishedOn, report?.PublicationId);
        }).ToList();
    }

    /// <summary>The deadlines the district office set, or the defaults of Art. 49 when none are saved.</summary>
    public async Task<ReportDeadlineSettings> DeadlinesAsync(CancellationToken ct = default) =>
        (await db.Set<AnnualReportSettings>().AsNoTracking().FirstOrDefaultAsync(ct))?.ToDeadlines() ?? ReportDeadlineSettings.Default;

    /// <summary>Saves the deadlines (district office only, audited). Returns a Chinese message when refused.</summary>
    public async Task<string?> SaveDeadlinesAsync(ReportDeadlineSettings deadlines, CancellationToken ct = default)
    {
        if (!await access.CanOverseeAsync(ct))
        {
            throw new AnnualReportForbiddenException("只有区政府办公室（督查）或系统管理员可以设置年度报告公布期限。");
        }

        if (deadlines.Problem() is { } problem)
        {
            return problem;
        }

        var row = await db.Set<AnnualReportSettings>().FirstOrDefaultAsync(ct);
        var before = row?.ToDeadlines() ?? ReportDeadlineSettings.Default;
        if (row is null)
        {
            row = new AnnualReportSettings();
            db.Add(row);
        }

        (row.DepartmentMonth, row.DepartmentDay, row.TownMonth, row.TownDay, row.GovernmentMonth, row.GovernmentDay) =
            (deadlines.DepartmentMonth, deadlines.DepartmentDay, deadlines.TownMonth, deadlines.TownDay, deadlines.GovernmentMonth, deadlines.GovernmentDay);
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = access.UserName;
        audit.Record("annualReport.deadlinesChanged", targetType: TargetType, targetId: "settings", before: before, after: deadlines);
        return await SaveAsync(ct);
    }

    /// <summary>Every report the organ has, newest first (previous years stay listed).</summary>
    public Task<List<AnnualReport>> ReportsOfAsync(IReadOnlySet<int>? organizationIds, CancellationToken ct = default)
    {
        var reports = db.Set<AnnualReport>().AsNoTracking();
        if (organizationIds is not null)
        {
            reports = reports.Where(r => organizationIds.Contains(r.OrganizationId));
        }

        return reports.OrderByDescending(r => r.Year).ThenBy(r => r.OrganizationId).ToListAsync(ct);
    }

    public async Task<string?> SaveNarrativeAsync(Organization organ, int year, NarrativeInput input, CancellationToken ct = default)
    {
        await RequireEditorAsync(organ.Id, ct);
        var texts = new[] { input.Overview, input.Problems, input.OtherMatters }.Select(Clean).ToArray();
        string[] names = ["一、总体情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"];
        var errors = texts.Select((t, i) => t.Length > MaxNarrative ? $"“{names[i]}”不能超过{MaxNarrative}字。" : null).OfType<string>().ToList();
        if (errors.Count > 0)
        {
            return string.Join(" ", errors);
        }

        var report = await db.Set<AnnualReport>().FirstOrDefaultAsync(r => r.OrganizationId == organ.Id && r.Year == year, ct);
        if (report is not null && input.Version is { } version && version != report.Version)
        {
            return "该年度报告已被他人修改。您填写的内容仍保留在下面，请核对后重新保存。";
        }

        report ??= NewReport(organ.Id, year);
        var before = new { report.Overview, report.Problems, report.OtherMatters };
        (report.Overview, report.Problems, report.OtherMatters) = (texts[0], texts[1], texts[2]);
        Touch(report);
        audit.Record("annualReport.narrativeSaved", targetType: TargetType, targetId: TargetId(organ.Id, year), before: before,
            after: new { report.Overview, report.Problems, report.OtherMatters }, organizationId: organ.Id);
        return await SaveAsync(ct);
    }

    /// <summary>Sets (or, with 0, removes) the adjustment of one cell.</summary>
    public async Task<string?> SaveAdjustmentAsync(Organization organ, int year, string? cellText, string? amountText, string? explanation, CancellationToken ct = default)
    {
        await RequireEditorAsync(organ.Id, ct);
        var template = ReportTemplates.For(year);
        if (!CellKey.TryParse(cellText, out var cell) || !template.Contains(cell))
        {
            return "请选择要调整的单元格。";
        }

        if (!decimal.TryParse(amountText?.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || Math.Abs(amount) > 1_000_000_000m)
        {
            return "调整值应为数字（可为负数），例如 3 或 -2。";
        }

        if (IsCount(cell) && amount != decimal.Truncate(amount))
        {
            return "件数只能按整数调整。";
        }

        var text = explanation?.Trim() ?? string.Empty;
        if (amount != 0 && text.Length == 0)
        {
            return "请填写调整说明：数据来自何处、为何不能由平台计算。";
        }

        if (text.Length > MaxExplanation)
        {
            return $"调整说明不能超过{MaxExplanation}字。";
        }

        var existing = await db.Set<AnnualReportAdjustment>().FirstOrDefaultAsync(a => a.OrganizationId == organ.Id && a.Year == year
            && a.TableKey == cell.Table && a.RowKey == cell.Row && a.ColumnKey == cell.Column, ct);
        var before = existing is null ? null : new { cell = cell.ToString(), existing.Amount, existing.Explanation };
        if (amount == 0)
        {
            if (existing is null)
            {
                return null;
            }

            db.Remove(existing);
            audit.Record("annualReport.adjustmentRemoved", targetType: TargetType, targetId: TargetId(organ.Id, year), before: before, organizationId: organ.Id);
        }
        else
        {
            if (existing is null)
            {
                existing = new AnnualReportAdjustment { OrganizationId = organ.Id, Year = year, TableKey = cell.Table, RowKey = cell.Row, ColumnKey = cell.Column, Explanation = text };
                db.Add(existing);
            }

            existing.Amount = amount;
            existing.Explanation = text;
            existing.UpdatedAt = clock.GetUtcNow();
            existing.UpdatedBy = access.UserName;
            audit.Record("annualReport.adjustmentSaved", targetType: TargetType, targetId: TargetId(organ.Id, year), before: before,
                after: new { cell = cell.ToString(), amount, explanation = text }, organizationId: organ.Id);
        }

        // The report exists from the first change on, so the overview shows it as being drafted.
        var report = await db.Set<AnnualReport>().FirstOrDefaultAsync(r => r.OrganizationId == organ.Id && r.Year == year, ct) ?? NewReport(organ.Id, year);
        Touch(report);
        return await SaveAsync(ct);
    }

    /// <summary>Submits the report for publication: as a new item in the organ's 政府信息公开年报
    /// column, or as an update (correction) of the item it already has. Refused while any check fails.</summary>
    public async Task<string?> SubmitAsync(Organization organ, int year, CancellationToken ct = default)
    {
        if (!await access.CanSubmitAsync(organ.Id, ct))
        {
            throw new AnnualReportForbiddenException("您不是该机关的信息编辑，不能提交年度报告发布。");
        }

        var view = await ViewAsync(organ, year, ct);
        if (view.Report is not { } saved || saved.Narratives.Values.Any(string.IsNullOrWhiteSpace))
        {
            return "请先填写并保存正文的一、五、六部分。";
        }

        if (!view.ChecksPass)
        {
            var failures = view.Checks.SelectMany(c => c.Failures).Select(f => f.Message);
            return $"以下检查未通过，年度报告不能发布：{string.Join(" ", failures)}";
        }

        if (saved.Narratives.Values.Any(t => t.Contains(Placeholder, StringComparison.Ordinal)))
        {
            return "正文中仍有“（请……）”待填写的提示，请补充后保存再发布。";
        }

        var input = new PublicationInput
        {
            ColumnKey = ColumnKeys.AnnualReports,
            Title = view.Title,
            Genre = "报告",
            Validity = PublicationValidity.Valid,
            FormedOn = ChinaTime.Today(clock),
            Summary = $"{organ.Name}{year}年政府信息公开工作年度报告（按{view.Template.Name}格式）。",
            BodyHtml = ReportHtml.Body(view),
        };
        var report = await db.Set<AnnualReport>().FirstAsync(r => r.Id == saved.Id, ct);
        try
        {
            var item = report.PublicationId is { } id ? await publications.FindAsync(id, ct) : null;
            if (item is null || item.Status == PublicationStatus.Withdrawn)
            {
                var created = await publications.CreateAsync(organ.Id, input, ct);
                item = (await publications.FindAsync(created, ct))!;
                // Linked at once, so a refused submission does not leave an orphan draft behind.
                report.PublicationId = item.Id;
                await db.SaveChangesAsync(ct);
            }
            else if (item.Status is PublicationStatus.InReview or PublicationStatus.Scheduled || item.WorkingInReview)
            {
                return "年度报告已在审核中。请等待审核结果；如需修改，请由审核人退回后再提交。";
            }
            else
            {
                if (item.WorkingRevisionNumber is null)
                {
                    await publications.StartCorrectionAsync(item, ct);
                    input.RevisionNote = "根据修改后的年度报告更新。";
                }

                await publications.UpdateAsync(item, input, ct);
            }

            await publications.SubmitAsync(item, ct);
            report.PublicationId = item.Id;
            Touch(report);
            audit.Record("annualReport.submitted", targetType: TargetType, targetId: TargetId(organ.Id, year),
                after: new { publicationId = item.Id, template = view.Template.Name }, organizationId: organ.Id);
            return await SaveAsync(ct);
        }
        catch (PublicationForbiddenException ex)
        {
            throw new AnnualReportForbiddenException(ex.Message);
        }
        catch (PublicationRuleException ex)
        {
            log.LogInformation("年度报告未能提交（机关 {OrgId}，{Year}）：{Error}", organ.Id, year, ex.Message);
            return ex.Message;
        }
    }

    public static string TargetId(int organizationId, int year) => $"{organizationId}/{year}";

    private static bool IsCount(CellKey cell) => cell.Table is ApplicationsTableKeys.Table or AppealsTableKeys.Table || cell.Column is not "amount";

    private static CellKey KeyOf(AnnualReportAdjustment a) => new(a.TableKey, a.RowKey, a.ColumnKey);

    private static Dictionary<CellKey, ReportCellView> Cells(ReportTemplate template, ReportFigures figures,
        IEnumerable<(CellKey Cell, decimal Amount, string? Explanation)> adjustments)
    {
        var adjusted = adjustments.ToDictionary(a => a.Cell);
        return template.Cells.ToDictionary(c => c, c => new ReportCellView(
            figures.Values.GetValueOrDefault(c),
            adjusted.TryGetValue(c, out var a) ? a.Amount : null,
            adjusted.TryGetValue(c, out var e) ? e.Explanation : null,
            figures.Sources.GetValueOrDefault(c) ?? ReportCellView.NoSource));
    }

    private async Task<(AnnualReportStatus Status, DateOnly? PublishedOn)> StatusOfAsync(AnnualReport? report, CancellationToken ct)
    {
        var item = report?.PublicationId is { } id
            ? await db.Set<Publication>().AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Status, p.PublishedAt }).FirstOrDefaultAsync(ct)
            : null;
        return Classify(report, item?.Status, item?.PublishedAt);
    }

    private static (AnnualReportStatus, DateOnly?) Classify(AnnualReport? report, PublicationStatus? status, DateTimeOffset? publishedAt) =>
        (report, status) switch
        {
            (null, _) => (AnnualReportStatus.NotStarted, null),
            (_, PublicationStatus.Published) => (AnnualReportStatus.Published, DateOnly.FromDateTime(ChinaTime.ToChina(publishedAt!.Value).DateTime)),
            (_, PublicationStatus.InReview or PublicationStatus.Scheduled) => (AnnualReportStatus.InReview, null),
            _ => (AnnualReportStatus.Drafting, null),
        };

    private AnnualReport NewReport(int organizationId, int year)
    {
        var report = new AnnualReport
        {
            OrganizationId = organizationId,
            Year = year,
            TemplateVersion = ReportTemplates.For(year).Version,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Add(report);
        return report;
    }

    private void Touch(AnnualReport report)
    {
        report.UpdatedAt = clock.GetUtcNow();
        report.UpdatedBy = access.UserName;
        report.Version = Guid.NewGuid();
    }

    private async Task<string?> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException ex)
        {
            // Two people saving the same report (or the same cell) at once: nothing half-saved.
            log.LogWarning(ex, "年度报告保存冲突");
            db.ChangeTracker.Clear();
            return "该年度报告刚被他人修改，请刷新页面后重试。";
        }
    }

    private async Task RequireEditorAsync(int organizationId, CancellationToken ct)
    {
        if (!await access.CanEditAsync(organizationId, ct))
        {
            throw new AnnualReportForbiddenException("只有本机关的信息编辑或机关管理员可以修改年度报告。");
        }
    }

    private static string Clean(string? text) => (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
