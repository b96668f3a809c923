using System.Net;
using System.Net.Sockets;
using System.Text;
using Gongkai.Web.Tests.Infrastructure;
using MimeKit;
using netDumbster.smtp;

namespace Gongkai.Web.Tests.Applications;

/// <summary>The application with SMTP pointed at a real SMTP server (netDumbster) listening on a
/// free loopback port, so mails go over the wire exactly as in production.</summary>
public class MailFactory : GongkaiFactory
{
    public MailFactory()
    {
        Smtp = SimpleSmtpServer.Start(FreePort());
        With("Gongkai:Smtp:Host", "127.0.0.1");
        With("Gongkai:Smtp:Port", Smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        With("Gongkai:Smtp:UseTls", "false");
        With("Gongkai:Smtp:From", "江津区政务公开 <gongkai@jiangjin.example>");
    }

    public SimpleSmtpServer Smtp { get; }

    /// <summary>Every message received so far, parsed (subjects and bodies decoded).</summary>
    public IReadOnlyList<MimeMessage> Received() =>
        Smtp.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();

    public IReadOnlyList<MimeMessage> ReceivedBy(string address) =>
        Received().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
        }
    }
}
