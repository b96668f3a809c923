namespace Gongkai.Web.Shared.Mail;

/// <summary>Settings under <c>Gongkai:Smtp</c>. Mail is off while <see cref="Host"/> is unset:
/// nothing is sent and nothing fails.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Gongkai:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>江津区政务公开 &lt;gongkai@jiangjin.gov.cn&gt;</c>.</summary>
    public string From { get; set; } = "gongkai@localhost";

    /// <summary>TLS on connect for port 465, STARTTLS otherwise; false only for a relay on a trusted network.</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>A slow or dead server must not hold a request for long: the mail is given up instead.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Host);
}
