using Gongkai.Domain.TaskDivision;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>What an import would do: the parsed notice with resolved units and the names no organ
/// matched, or the message saying why the file is not a usable notice.</summary>
public sealed record TaskDivisionPreview(TaskDivisionNotice? Notice, IReadOnlyList<MeasurePreview> Measures, IReadOnlyList<string> UnresolvedUnits, string? Error)
{
    public bool Succeeded => Notice is not null;

    public static TaskDivisionPreview Fail(string error) => new(null, [], [], error);
}
