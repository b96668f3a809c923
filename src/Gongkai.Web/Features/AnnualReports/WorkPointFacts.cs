namespace Gongkai.Web.Features.AnnualReports;

/// <summary>Keys of the 工作要点落实情况 facts for 六、其他需要报告的事项: the year's work-point
/// measures the organ leads or shares, and how many were signed off (on time). The task division
/// gives them when the year's notice is on the platform; without it the draft asks staff to write the part.</summary>
public static class WorkPointFacts
{
    public const string Measures = "tasks.measures";
    public const string Done = "tasks.done";
    public const string OnTime = "tasks.doneOnTime";
}
