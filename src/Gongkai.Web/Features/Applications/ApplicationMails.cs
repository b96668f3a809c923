using System.Globalization;
using System.Text;
using Gongkai.Web.Shared.Mail;

namespace Gongkai.Web.Features.Applications;

/// <summary>The texts of the mails this feature sends. The query password goes only into the
/// applicant's receipt (and onto the confirmation page); reminders to staff carry no personal data
/// of the applicant, only the tracking code, title and due date.</summary>
public static class ApplicationMails
{
    public static OutgoingMail Receipt(string to, string organization, DisclosureApplication a, string password)
    {
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{a.ApplicantName}：")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"您向{organization}提交的政府信息公开申请已收到。")
            .AppendLine(CultureInfo.InvariantCulture, $"所需信息：{a.InformationTitle}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"查询码：{a.TrackingCode}")
            .AppendLine(CultureInfo.InvariantCulture, $"查询密码：{password}")
            .AppendLine()
            .AppendLine("凭查询码和查询密码可在本平台“申请进度查询”页面（/yisqgk/status）查看办理情况和答复文书。请妥善保管查询密码，本平台不保存其明文，工作人员也不会向您索要。")
            .AppendLine("网上申请以行政机关与您双方确认之日为收到申请之日（《中华人民共和国政府信息公开条例》第三十一条第（三）项）。")
            .AppendLine()
            .AppendLine("本邮件由系统自动发送，请勿直接回复。")
            .ToString();
        return new OutgoingMail(to, $"政府信息公开申请已提交（查询码 {a.TrackingCode}）", body);
    }

    public static OutgoingMail Reminder(string to, string staffName, DateOnly today, IReadOnlyList<ReminderCase> cases)
    {
        var overdue = cases.Count(c => c.DueOn < today);
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{staffName}：")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"截至{today:yyyy年M月d日}，您经办的机关有{cases.Count}件政府信息公开申请即将到期或已超期（其中已超期{overdue}件）：")
            .AppendLine();
        foreach (var c in cases.OrderBy(c => c.DueOn).ThenBy(c => c.Id))
        {
            var state = c.DueOn < today ? "已超期" : "即将到期";
            body.AppendLine(CultureInfo.InvariantCulture, $"- [{state}] {c.TrackingCode} {c.Organization}：{c.Title}，答复期限 {c.DueOn:yyyy-MM-dd}（/admin/applications/{c.Id}）");
        }

        body.AppendLine()
            .AppendLine("请登录平台及时办理。本邮件由系统自动发送，每件申请每天最多提醒一次。");
        var subject = overdue > 0
            ? $"依申请公开办理提醒：{overdue}件已超期，{cases.Count - overdue}件即将到期"
            : $"依申请公开办理提醒：{cases.Count}件即将到期";
        return new OutgoingMail(to, subject, body.ToString());
    }
}
