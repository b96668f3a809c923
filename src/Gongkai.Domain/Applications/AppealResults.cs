namespace Gongkai.Domain.Applications;

/// <summary>Codes and names of <see cref="AppealResult"/>.</summary>
public static class AppealResults
{
    public static string Code(AppealResult result) => result switch
    {
        AppealResult.Upheld => "upheld",
        AppealResult.Corrected => "corrected",
        AppealResult.Other => "other",
        _ => "pending",
    };

    public static string Name(AppealResult result) => result switch
    {
        AppealResult.Upheld => "结果维持",
        AppealResult.Corrected => "结果纠正",
        AppealResult.Other => "其他结果",
        _ => "尚未审结",
    };

    public static AppealResult? Parse(string? code) =>
        Enum.GetValues<AppealResult>().Cast<AppealResult?>().FirstOrDefault(r => string.Equals(Code(r!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
