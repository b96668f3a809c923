namespace Gongkai.Domain.Applications;

/// <summary>API codes and Chinese names of <see cref="NoticeDelivery"/>.</summary>
public static class NoticeDeliveries
{
    public static IReadOnlyList<NoticeDelivery> All { get; } = Enum.GetValues<NoticeDelivery>();

    public static string Code(NoticeDelivery delivery) => delivery switch
    {
        NoticeDelivery.Electronic => "electronic",
        NoticeDelivery.Post => "post",
        _ => "inPerson",
    };

    public static string Name(NoticeDelivery delivery) => delivery switch
    {
        NoticeDelivery.Electronic => "电子方式（网上、电子邮件、短信）",
        NoticeDelivery.Post => "邮寄",
        _ => "当面送达",
    };

    public static NoticeDelivery? Parse(string? code) =>
        All.Cast<NoticeDelivery?>().FirstOrDefault(d => string.Equals(Code(d!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
