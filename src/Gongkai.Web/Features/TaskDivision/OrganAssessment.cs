using Gongkai.Domain.TaskDivision;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>One organ's row in the assessment table.</summary>
public sealed record OrganAssessment(int OrganizationId, string Organ, OrganTaskFacts Facts, AssessmentScore Score);
