namespace Gongkai.Domain.AnnualReports;

/// <summary>The two template versions as data (REGULATIONS.md §3): 60号 for report years
/// 2019–2020, 30号 from 2021. Keys are stable across versions where the row or column means the
/// same thing, so a year-on-year comparison can match them.</summary>
public static class ReportTemplates
{
    public const int FirstYear = 2019;
    public const int FirstYearOf2021Template = 2021;

    public const string Overview = "overview";
    public const string Proactive = "proactive";
    public const string Applications = "applications";
    public const string Appeals = "appeals";
    public const string Problems = "problems";
    public const string OtherMatters = "otherMatters";

    public static ReportTemplate V2019 { get; } = Build(TemplateVersion.V2019);

    public static ReportTemplate V2021 { get; } = Build(TemplateVersion.V2021);

    /// <summary>The template for a report year; the Regulations' report format starts with 2019.</summary>
    public static ReportTemplate For(int year)
    {
        if (year < FirstYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "政府信息公开工作年度报告格式自2019年度起适用。");
        }

        return year >= FirstYearOf2021Template ? V2021 : V2019;
    }

    private static ReportTemplate Build(TemplateVersion version)
    {
        var v2021 = version == TemplateVersion.V2021;
        ReportSection[] sections =
        [
            new("一", Overview, "一、总体情况", IsNarrative: true),
            new("二", Proactive, "二、主动公开政府信息情况", IsNarrative: false),
            new("三", Applications, "三、收到和处理政府信息公开申请情况", IsNarrative: false),
            new("四", Appeals, "四、政府信息公开行政复议、行政诉讼情况", IsNarrative: false),
            new("五", Problems, "五、存在的主要问题及改进情况", IsNarrative: true),
            new("六", OtherMatters, "六、其他需要报告的事项", IsNarrative: true),
        ];
        var tables = new List<ReportTable>();
        tables.AddRange(v2021 ? Proactive2021() : Proactive2019());
        tables.Add(ApplicationsTable(version));
        tables.Add(AppealsTable());
        return new ReportTemplate(version, v2021 ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号", sections, tables);
    }

    private static IEnumerable<ReportTable> Proactive2021()
    {
        ReportColumn[] decisions = [new("decisions", "本年处理决定数量")];
        yield return new ReportTable("proactive.item1", Proactive, "第二十条第（一）项",
            [new("rules", "规章"), new("normativeDocuments", "行政规范性文件")],
            [new("issued", "本年制发件数"), new("repealed", "本年废止件数"), new("inForce", "现行有效件数")]);
        yield return new ReportTable("proactive.item5", Proactive, "第二十条第（五）项", [new("licence", "行政许可")], decisions);
        yield return new ReportTable("proactive.item6", Proactive, "第二十条第（六）项", [new("penalty", "行政处罚"), new("coercion", "行政强制")], decisions);
        yield return new ReportTable("proactive.item8", Proactive, "第二十条第（八）项", [new("fees", "行政事业性收费")],
            [new("amount", "本年收费金额（单位：万元）")]);
    }

    private static IEnumerable<ReportTable> Proactive2019()
    {
        ReportColumn[] items = [new("previousYear", "上一年项目数量"), new("change", "本年增/减"), new("decisions", "处理决定数量")];
        yield return new ReportTable("proactive.item1", Proactive, "第二十条第（一）项",
            [new("rules", "规章"), new("normativeDocuments", "规范性文件")],
            [new("made", "本年新制作数量"), new("published", "本年新公开数量"), new("totalPublished", "对外公开总数量")]);
        yield return new ReportTable("proactive.item5", Proactive, "第二十条第（五）项",
            [new("licence", "行政许可"), new("otherServices", "其他对外管理服务事项")], items);
        yield return new ReportTable("proactive.item6", Proactive, "第二十条第（六）项", [new("penalty", "行政处罚"), new("coercion", "行政强制")], items);
        yield return new ReportTable("proactive.item8", Proactive, "第二十条第（八）项", [new("fees", "行政事业性收费")], items[..2]);
        yield return new ReportTable("proactive.item9", Proactive, "第二十条第（九）项", [new("procurement", "政府集中采购")],
            [new("projects", "采购项目数量"), new("amount", "采购总金额")]);
    }

    private static ReportTable ApplicationsTable(TemplateVersion version)
    {
        const string legal = "法人或其他组织";
        ReportColumn[] columns =
        [
            new(ApplicationsTableKeys.NaturalPerson, "自然人"),
            new("commercial", "商业企业", legal),
            new("research", "科研机构", legal),
            new("social", "社会公益组织", legal),
            new("legal", "法律服务机构", legal),
            new("otherOrganization", "其他", legal),
            new(ApplicationsTableKeys.TotalColumn, "总计"),
        ];
        var rows = new List<ReportRow>
        {
            new(ApplicationsTableKeys.NewReceived, "一、本年新收政府信息公开申请数量"),
            new(ApplicationsTableKeys.CarriedOver, "二、上年结转政府信息公开申请数量"),
            new("results", "三、本年度办理结果", HasData: false),
            new("granted", "（一）予以公开", 1),
            new("partlyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1),
            new("denied", "（三）不予公开", 1, HasData: false),
            new("denied.stateSecret", "1.属于国家秘密", 2),
            new("denied.lawForbidden", "2.其他法律行政法规禁止公开", 2),
            new("denied.safetyStability", "3.危及“三安全一稳定”", 2),
            new("denied.thirdPartyRights", "4.保护第三方合法权益", 2),
            new("denied.internalAffairs", "5.属于三类内部事务信息", 2),
            new("denied.processInfo", "6.属于四类过程性信息", 2),
            new("denied.enforcementCase", "7.属于行政执法案卷", 2),
            new("denied.adminQuery", "8.属于行政查询事项", 2),
            new("unable", "（四）无法提供", 1, HasData: false),
            new("unable.notHeld", "1.本机关不掌握相关政府信息", 2),
            new("unable.needsCreation", "2.没有现成信息需要另行制作", 2),
            new("unable.unclearAfterCorrection", "3.补正后申请内容仍不明确", 2),
            new("notProcessed", "（五）不予处理", 1, HasData: false),
            new("notProcessed.petition", "1.信访举报投诉类申请", 2),
            new("notProcessed.repeat", "2.重复申请", 2),
            new("notProcessed.publication", "3.要求提供公开出版物", 2),
            new("notProcessed.massRepeated", "4.无正当理由大量反复申请", 2),
            new("notProcessed.confirmExisting", "5.要求行政机关确认或重新出具已获取信息", 2),
        };
        if (version == TemplateVersion.V2019)
        {
            rows.Add(new(ApplicationsTableKeys.Other, "（六）其他处理", 1));
        }
        else
        {
            rows.Add(new(ApplicationsTableKeys.Other, "（六）其他处理", 1, HasData: false));
            rows.Add(new("other.noCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 2));
            rows.Add(new("other.feeUnpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 2));
            rows.Add(new("other.other", "3.其他", 2));
        }

        rows.Add(new(ApplicationsTableKeys.Total, "（七）总计", 1));
        rows.Add(new(ApplicationsTableKeys.CarriedForward, "四、结转下年度继续办理"));
        return new ReportTable(ApplicationsTableKeys.Table, Applications, string.Empty, rows, columns,
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    }

    private static ReportTable AppealsTable()
    {
        var columns = new List<ReportColumn>();
        foreach (var (group, label) in AppealsTableKeys.Groups)
        {
            var header = group == "reconsideration" ? label : $"行政诉讼·{label}";
            columns.AddRange(AppealsTableKeys.Results.Select(r => new ReportColumn($"{group}.{r.Key}", r.Label, header)));
            columns.Add(new ReportColumn($"{group}.{AppealsTableKeys.Total}", "总计", header));
        }

        return new ReportTable(AppealsTableKeys.Table, Appeals, string.Empty, [new(AppealsTableKeys.Row, "件数")], columns, string.Empty);
    }

    /// <summary>The data rows of table 三 that are outcomes (summed into （七）总计) under a template.</summary>
    public static IEnumerable<string> OutcomeRows(ReportTemplate template) =>
        template.Table(ApplicationsTableKeys.Table).DataRows.Select(r => r.Key)
            .Where(k => k is not (ApplicationsTableKeys.NewReceived or ApplicationsTableKeys.CarriedOver or ApplicationsTableKeys.Total or ApplicationsTableKeys.CarriedForward));
}
