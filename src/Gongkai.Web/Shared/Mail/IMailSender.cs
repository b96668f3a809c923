namespace Gongkai.Web.Shared.Mail;

/// <summary>Sends mail when SMTP is configured. Never throws for a mail problem: the caller's work
/// (an application, a reminder run) must not be lost because a mail server is down.</summary>
public interface IMailSender
{
    bool IsEnabled { get; }

    /// <summary>True when the server accepted the message; false when mail is off or sending failed
    /// (the failure is logged).</summary>
    Task<bool> SendAsync(OutgoingMail mail, CancellationToken ct);
}
