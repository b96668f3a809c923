namespace Gongkai.Web.Features.TaskDivision;

/// <summary>An organ's answer to a 督办.</summary>
public sealed record TaskSupervisionAnswerInput(string? Answer);
