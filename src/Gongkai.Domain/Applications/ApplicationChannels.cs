namespace Gongkai.Domain.Applications;

/// <summary>API codes, names and the Art. 31 receipt-date rule of each <see cref="ApplicationChannel"/>.</summary>
public static class ApplicationChannels
{
    public static IReadOnlyList<ApplicationChannel> All { get; } = Enum.GetValues<ApplicationChannel>();

    public static string Code(ApplicationChannel channel) => channel switch
    {
        ApplicationChannel.Online => "online",
        ApplicationChannel.InPerson => "inPerson",
        ApplicationChannel.RegisteredMail => "registeredMail",
        ApplicationChannel.OrdinaryMail => "ordinaryMail",
        ApplicationChannel.Fax => "fax",
        _ => "email",
    };

    public static string Name(ApplicationChannel channel) => channel switch
    {
        ApplicationChannel.Online => "网上申请",
        ApplicationChannel.InPerson => "当面提交",
        ApplicationChannel.RegisteredMail => "邮寄（需签收）",
        ApplicationChannel.OrdinaryMail => "平常信函",
        ApplicationChannel.Fax => "传真",
        _ => "电子邮件",
    };

    /// <summary>Which date counts as received (《条例》第三十一条), shown next to the evidence field.</summary>
    public static string ReceiptRule(ApplicationChannel channel) => channel switch
    {
        ApplicationChannel.Online => "以双方确认之日为收到申请之日（第三十一条第（三）项）",
        ApplicationChannel.InPerson => "以提交之日为收到申请之日（第三十一条第（一）项）",
        ApplicationChannel.RegisteredMail => "以行政机关签收之日为收到申请之日（第三十一条第（二）项）",
        ApplicationChannel.OrdinaryMail => "以与申请人确认之日为收到申请之日（第三十一条第（二）项）",
        ApplicationChannel.Fax => "以双方确认之日为收到申请之日（第三十一条第（三）项）",
        _ => "以双方确认之日为收到申请之日（第三十一条第（三）项）",
    };

    public static ApplicationChannel? Parse(string? code) =>
        All.Cast<ApplicationChannel?>().FirstOrDefault(c => string.Equals(Code(c!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A stored code back to its value; an unknown code is a corrupt row, not input.</summary>
    public static ApplicationChannel FromCode(string code) =>
        Parse(code) ?? throw new InvalidOperationException("Unknown stored application channel " + code);
}
