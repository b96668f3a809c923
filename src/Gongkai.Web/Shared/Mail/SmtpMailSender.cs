using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Gongkai.Web.Shared.Mail;

/// <summary>MailKit over SMTP, one connection per message (mail here is rare: receipts and a daily
/// reminder run), so there is no pooled connection to go stale.</summary>
public sealed class SmtpMailSender(IOptionsMonitor<SmtpOptions> options, ILogger<SmtpMailSender> log) : IMailSender
{
    public bool IsEnabled => options.CurrentValue.IsEnabled;

    public async Task<bool> SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var o = options.CurrentValue;
        if (!o.IsEnabled)
        {
            return false;
        }

        try
        {
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(o.From));
            message.To.Add(MailboxAddress.Parse(mail.To));
            message.Subject = mail.Subject;
            message.Body = new TextPart("plain") { Text = mail.Body };

            using var client = new SmtpClient { Timeout = o.TimeoutSeconds * 1000 };
            var security = !o.UseTls ? SecureSocketOptions.None : o.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(o.Host!, o.Port, security, ct);
            if (!string.IsNullOrEmpty(o.UserName))
            {
                await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
            }

            await client.SendAsync(message, ct);
            await client.DisconnectAsync(true, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The address is personal data: log the domain only.
            log.LogWarning(e, "Mail \"{Subject}\" to …@{Domain} not sent via {Host}:{Port}", mail.Subject, Domain(mail.To), o.Host, o.Port);
            return false;
        }
    }

    private static string Domain(string address) => address.LastIndexOf('@') is var i and >= 0 ? address[(i + 1)..] : "?";
}
