using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class ReportTemplatesTests
{
    [Theory]
    [InlineData(2019, TemplateVersion.V2019)]
    [InlineData(2020, TemplateVersion.V2019)]
    [InlineData(2021, TemplateVersion.V2021)]
    [InlineData(2025, TemplateVersion.V2021)]
    public void Report_years_2019_and_2020_use_the_60_template_and_later_years_the_30_template(int year, TemplateVersion expected) =>
        Assert.Equal(expected, ReportTemplates.For(year).Version);

    [Fact]
    public void There_is_no_template_before_2019() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportTemplates.For(2018));

    [Fact]
    public void Both_templates_have_the_six_sections_in_order()
    {
        foreach (var template in new[] { ReportTemplates.V2019, ReportTemplates.V2021 })
        {
            Assert.Equal(["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况", "六、其他需要报告的事项"], template.Sections.Select(s => s.Heading));
            Assert.Equal([true, false, false, false, true, true], template.Sections.Select(s => s.IsNarrative));
        }
    }

    [Fact]
    public void Table_three_has_the_seven_applicant_columns_in_both_templates()
    {
        foreach (var template in new[] { ReportTemplates.V2019, ReportTemplates.V2021 })
        {
            var table = template.Table(ApplicationsTableKeys.Table);
            Assert.Equal(["naturalPerson", "commercial", "research", "social", "legal", "otherOrganization", "total"], table.Columns.Select(c => c.Key));
            Assert.All(table.Columns.Skip(1).Take(5), c => Assert.Equal("法人或其他组织", c.Group));
        }
    }

    [Fact]
    public void The_2021_template_splits_other_handling_into_three_rows_and_the_2019_template_has_one()
    {
        var rows2019 = ReportTemplates.V2019.Table(ApplicationsTableKeys.Table).DataRows.Select(r => r.Key).ToList();
        var rows2021 = ReportTemplates.V2021.Table(ApplicationsTableKeys.Table).DataRows.Select(r => r.Key).ToList();
        Assert.Equal(["newReceived", "carriedOver", .. ApplicationsTableKeys.OutcomeCodes, "total", "carriedForward"], rows2021);
        Assert.Equal(["newReceived", "carriedOver", .. ApplicationsTableKeys.OutcomeCodes.Where(c => !c.StartsWith("other.", StringComparison.Ordinal)),
            "other", "total", "carriedForward"], rows2019);
        Assert.Equal(25, rows2021.Count);
        Assert.Equal(23, rows2019.Count);
    }

    [Fact]
    public void Table_two_follows_each_templates_columns()
    {
        var item1In2019 = ReportTemplates.V2019.Table("proactive.item1");
        var item1In2021 = ReportTemplates.V2021.Table("proactive.item1");
        Assert.Equal(["made", "published", "totalPublished"], item1In2019.Columns.Select(c => c.Key));
        Assert.Equal(["issued", "repealed", "inForce"], item1In2021.Columns.Select(c => c.Key));
        Assert.Equal("规范性文件", item1In2019.Rows[1].Label);
        Assert.Equal("行政规范性文件", item1In2021.Rows[1].Label);
        Assert.Contains(ReportTemplates.V2019.Tables, t => t.Key == "proactive.item9");
        Assert.DoesNotContain(ReportTemplates.V2021.Tables, t => t.Key == "proactive.item9");
        Assert.Equal(["licence", "otherServices"], ReportTemplates.V2019.Table("proactive.item5").Rows.Select(r => r.Key));
        Assert.Equal(["licence"], ReportTemplates.V2021.Table("proactive.item5").Rows.Select(r => r.Key));
        Assert.Equal(["amount"], ReportTemplates.V2021.Table("proactive.item8").Columns.Select(c => c.Key));
    }

    [Fact]
    public void Table_four_has_fifteen_numbers_in_three_groups_of_five()
    {
        var table = ReportTemplates.V2021.Table(AppealsTableKeys.Table);
        Assert.Equal(15, table.Columns.Count);
        Assert.Equal(["reconsideration.upheld", "reconsideration.corrected", "reconsideration.other", "reconsideration.pending", "reconsideration.total"],
            table.Columns.Take(5).Select(c => c.Key));
        Assert.Equal("suitAfterReconsideration.total", table.Columns[^1].Key);
    }

    [Theory]
    [InlineData(2025, false, "2026-01-31")]
    [InlineData(2025, true, "2026-03-31")]
    public void Departments_publish_by_31_January_and_the_district_government_by_31_March(int year, bool government, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ReportDeadlines.For(year, government));

    [Fact]
    public void A_report_is_late_when_the_deadline_passed_unpublished_or_it_was_published_after_it()
    {
        Assert.False(ReportDeadlines.IsLate(2025, false, new DateOnly(2026, 1, 31), null));
        Assert.True(ReportDeadlines.IsLate(2025, false, new DateOnly(2026, 2, 1), null));
        Assert.False(ReportDeadlines.IsLate(2025, false, new DateOnly(2026, 5, 1), new DateOnly(2026, 1, 20)));
        Assert.True(ReportDeadlines.IsLate(2025, false, new DateOnly(2026, 5, 1), new DateOnly(2026, 2, 2)));
        Assert.False(ReportDeadlines.IsLate(2025, true, new DateOnly(2026, 3, 31), null));
    }
}
