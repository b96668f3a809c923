using Gongkai.Domain.TaskDivision;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>A parsed measure with the organs its unit cells resolved to.</summary>
public sealed record MeasurePreview(Measure Measure, IReadOnlyList<int> LeadIds, IReadOnlyList<int> ResponsibleIds, IReadOnlyList<string> Unresolved);
