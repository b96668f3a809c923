namespace Gongkai.Web.Features.Applications;

/// <summary>The Art. 29(三) choices: the form of the information and how it is received.</summary>
public static class ApplicationChoices
{
    public static IReadOnlyDictionary<string, string> Forms { get; } = new Dictionary<string, string>
    {
        ["electronic"] = "电子文本",
        ["paper"] = "纸质文本",
        ["viewing"] = "现场查阅",
    };

    public static IReadOnlyDictionary<string, string> Deliveries { get; } = new Dictionary<string, string>
    {
        ["online"] = "网上获取",
        ["email"] = "电子邮件",
        ["mail"] = "邮寄",
        ["pickup"] = "当面领取",
    };

    public const string AwaitingConfirmation = "awaitingConfirmation";

    public static string StageName(string stage) => stage == AwaitingConfirmation
        ? "待确认收到"
        : Enum.GetValues<Domain.Applications.ApplicationStage>().Where(s => Domain.Applications.ApplicationStages.Code(s) == stage)
            .Select(Domain.Applications.ApplicationStages.Name).FirstOrDefault() ?? stage;
}
