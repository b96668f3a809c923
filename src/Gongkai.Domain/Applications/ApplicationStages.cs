namespace Gongkai.Domain.Applications;

/// <summary>Codes and Chinese names of <see cref="ApplicationStage"/>.</summary>
public static class ApplicationStages
{
    public static string Code(ApplicationStage stage) => stage switch
    {
        ApplicationStage.Handling => "handling",
        ApplicationStage.AwaitingCorrection => "awaitingCorrection",
        ApplicationStage.Paused => "paused",
        ApplicationStage.Replied => "replied",
        _ => "archived",
    };

    public static string Name(ApplicationStage stage) => stage switch
    {
        ApplicationStage.Handling => "办理中",
        ApplicationStage.AwaitingCorrection => "待申请人补正",
        ApplicationStage.Paused => "办理中（暂停计时）",
        ApplicationStage.Replied => "已答复",
        _ => "已归档",
    };

    public static bool IsOpen(ApplicationStage stage) => stage is not (ApplicationStage.Replied or ApplicationStage.Archived);
}
