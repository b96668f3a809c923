namespace Gongkai.Web.Shared.Mail;

/// <summary>One plain-text message to one recipient.</summary>
public sealed record OutgoingMail(string To, string Subject, string Body);
