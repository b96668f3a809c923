namespace Gongkai.Domain.Applications;

/// <summary>The Art. 29(三) choices of an application: the form of the information and how the
/// applicant receives it. The codes are stored and answered by the API as they are.</summary>
public static class RequestChoices
{
    public const string DefaultForm = "electronic";

    public const string DefaultDelivery = "online";

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

    /// <summary>How a fee notice goes out when staff do not say: the way the applicant chose to
    /// receive information (国办函〔2020〕109号: 通过申请人选择的方式发出收费通知).</summary>
    public static NoticeDelivery NoticeDeliveryFor(string applicantDelivery) => applicantDelivery switch
    {
        "mail" => NoticeDelivery.Post,
        "pickup" => NoticeDelivery.InPerson,
        _ => NoticeDelivery.Electronic,
    };
}
