using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Organizations;
using Gongkai.Domain.Publications;

namespace Gongkai.Domain.Tests.AnnualReports;

/// <summary>The annual-report deadlines as settings (Art. 49; town dates UNCONFIRMED, REGULATIONS.md §2).</summary>
public sealed class ReportDeadlineSettingsTests
{
    [Fact]
    public void Defaults_are_31_January_for_departments_and_towns_and_31_March_for_the_district_government_tiaoli_art49()
    {
        var d = ReportDeadlineSettings.Default;
        Assert.Equal(new DateOnly(2026, 1, 31), ReportDeadlines.For(2025, OrganizationKind.Department, d));
        Assert.Equal(new DateOnly(2026, 1, 31), ReportDeadlines.For(2025, OrganizationKind.Vertical, d));
        Assert.Equal(new DateOnly(2026, 1, 31), ReportDeadlines.For(2025, OrganizationKind.Town, d));
        Assert.Equal(new DateOnly(2026, 1, 31), ReportDeadlines.For(2025, OrganizationKind.Subdistrict, d));
        Assert.Equal(new DateOnly(2026, 3, 31), ReportDeadlines.For(2025, OrganizationKind.Government, d));
    }

    [Fact]
    public void A_locally_set_town_date_applies_to_towns_and_subdistricts_only_tiaoli_art49_unconfirmed_town_dates()
    {
        var local = ReportDeadlineSettings.Default with { TownMonth = 2, TownDay = 20 };
        Assert.Equal(new DateOnly(2026, 2, 20), ReportDeadlines.For(2025, OrganizationKind.Town, local));
        Assert.Equal(new DateOnly(2026, 2, 20), ReportDeadlines.For(2025, OrganizationKind.Subdistrict, local));
        Assert.Equal(new DateOnly(2026, 1, 31), ReportDeadlines.For(2025, OrganizationKind.Department, local));
    }

    [Fact]
    public void A_29_February_deadline_falls_on_the_28th_in_a_common_year()
    {
        var leap = ReportDeadlineSettings.Default with { TownMonth = 2, TownDay = 29 };
        Assert.Null(leap.Problem());
        Assert.Equal(new DateOnly(2026, 2, 28), ReportDeadlines.For(2025, OrganizationKind.Town, leap));
        Assert.Equal(new DateOnly(2028, 2, 29), ReportDeadlines.For(2027, OrganizationKind.Town, leap));
    }

    [Fact]
    public void An_impossible_date_is_named_in_the_problem()
    {
        Assert.Contains("镇（街道）", (ReportDeadlineSettings.Default with { TownMonth = 2, TownDay = 30 }).Problem());
        Assert.Contains("区人民政府", (ReportDeadlineSettings.Default with { GovernmentMonth = 13 }).Problem());
    }
}
