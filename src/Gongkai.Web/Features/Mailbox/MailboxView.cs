using Gongkai.Domain.Mailbox;

namespace Gongkai.Web.Features.Mailbox;

/// <summary>The JSON shapes of the mailbox API.</summary>
public static class MailboxView
{
    public static object Clock(LetterClockResult c) => new
    {
        stage = c.Stage.ToString(),
        stageName = LetterStages.Name(c.Stage),
        signOffBy = c.SignOff.Due,
        replyBy = c.Reply.Due,
        replyExplanation = c.Reply.Explanation,
        extended = c.Extended,
        repliedOn = c.RepliedOn,
        onTime = c.OnTime,
        overdue = c.Overdue,
        dueSoon = c.DueSoon,
    };

    /// <summary>What the public may see of a published letter: the masked copies only.</summary>
    public static object Public(MailboxLetter l, string? organization) => new
    {
        id = l.Id,
        type = LetterTypes.Code(l.Type),
        typeName = LetterTypes.Name(l.Type),
        writer = LetterMasking.Anonymous,
        subject = l.PublishedSubject,
        content = l.PublishedContent,
        reply = l.PublishedReply,
        organization,
        receivedOn = l.ReceivedOn,
        repliedOn = l.RepliedOn,
        publishedAt = l.PublishedAt,
        url = MailboxUrls.Letter(l.Id),
    };
}

public static class MailboxUrls
{
    public const string Home = "/qzxx";

    public static string Letter(int id) => $"/qzxx/letters/{id}";

    public static string StaffLetter(int id) => $"/admin/mailbox/{id}";
}
