namespace Gongkai.Domain.TaskDivision;

/// <summary>Either a notice or a Chinese message saying what was found and what is missing.</summary>
public sealed record TaskDivisionParseResult(TaskDivisionNotice? Notice, string? Error)
{
    public bool Succeeded => Notice is not null;

    public static TaskDivisionParseResult Ok(TaskDivisionNotice notice) => new(notice, null);

    public static TaskDivisionParseResult Fail(string error) => new(null, error);
}
