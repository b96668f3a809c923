namespace Gongkai.Domain.Applications;

/// <summary>Codes and Chinese names of <see cref="ApplicationStage"/>. The codes are what the
/// database stores and the API answers, so they never change.</summary>
public static class ApplicationStages
{
    public static IReadOnlyList<ApplicationStage> All { get; } = Enum.GetValues<ApplicationStage>();

    public static string Code(ApplicationStage stage) => stage switch
    {
        ApplicationStage.AwaitingConfirmation => "awaitingConfirmation",
        ApplicationStage.Handling => "handling",
        ApplicationStage.AwaitingCorrection => "awaitingCorrection",
        ApplicationStage.Paused => "paused",
        ApplicationStage.Replied => "replied",
        _ => "archived",
    };

    public static string Name(ApplicationStage stage) => stage switch
    {
        ApplicationStage.AwaitingConfirmation => "待确认收到",
        ApplicationStage.Handling => "办理中",
        ApplicationStage.AwaitingCorrection => "待申请人补正",
        ApplicationStage.Paused => "办理中（暂停计时）",
        ApplicationStage.Replied => "已答复",
        _ => "已归档",
    };

    public static ApplicationStage? Parse(string? code) =>
        All.Cast<ApplicationStage?>().FirstOrDefault(s => string.Equals(Code(s!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A stored code back to its stage; an unknown code is a corrupt row, not input.</summary>
    public static ApplicationStage FromCode(string code) =>
        Parse(code) ?? throw new InvalidOperationException("Unknown stored application stage " + code);

    public static bool IsOpen(ApplicationStage stage) => stage is not (ApplicationStage.Replied or ApplicationStage.Archived);
}
