using Gongkai.Domain.TaskDivision;
using Gongkai.Web.Features.Compliance;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>One organ's row in the assessment table: the self-reported criteria and, when the rubric
/// uses them, the fact-based ones (<see cref="Indicators"/>).</summary>
public sealed record OrganAssessment(int OrganizationId, string Organ, OrganTaskFacts Facts, AssessmentScore Score, IReadOnlyList<IndicatorScore> Indicators)
{
    public decimal Total => Score.Total + Indicators.Sum(i => i.Points);
}

/// <summary>What the platform found for one fact-based criterion and the points it earned.</summary>
public sealed record IndicatorScore(string Key, string Name, ComplianceFinding Finding, decimal Points);
