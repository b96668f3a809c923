using Gongkai.Domain.Privacy;

namespace Gongkai.Domain.Applications;

/// <summary>The field rules of an application (《条例》第二十九条: who, identity, contact, which
/// information, in what form; 第三十一条: the receipt date of an offline channel and its evidence).
/// Every broken rule is reported at once, per field, in Chinese, so the form can show them all.</summary>
public static class ApplicationInputRules
{
    public const int MaxName = 200;
    public const int MaxDescription = 4000;
    public const int MaxTitle = 500;
    public const int MaxReceiptEvidence = 500;

    /// <summary>Checks <paramref name="request"/>, adding a message per broken field to
    /// <paramref name="errors"/> (in the order the form shows them) and answering the checked
    /// application when none was added. <paramref name="idNumber"/> is the identity number as it
    /// will be stored (normalised); <paramref name="byStaff"/> is a registration by a case handler.</summary>
    public static CheckedApplication? Check(ApplicationRequest request, string? idNumber, bool byStaff, DateOnly today, IDictionary<string, string> errors)
    {
        var before = errors.Count;
        var kind = ApplicantKinds.Parse(request.ApplicantType);
        if (kind is null)
        {
            errors["applicantType"] = "请选择申请人类型：naturalPerson（自然人）、commercial、research、social、legal 或 otherOrganization。";
        }

        var name = request.ApplicantName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["applicantName"] = kind is ApplicantKind.NaturalPerson or null ? "请填写申请人姓名。" : "请填写申请单位名称。";
        }
        else if (name.Length > MaxName)
        {
            errors["applicantName"] = "申请人姓名或名称不能超过200字。";
        }

        string? idWarning = null;
        if (kind == ApplicantKind.NaturalPerson)
        {
            var check = ResidentIdNumber.Validate(request.IdNumber, today);
            if (!check.IsValid)
            {
                if (byStaff && idNumber is not null)
                {
                    // A paper form is what the applicant wrote: register it, and say so on the case.
                    idWarning = $"身份证号码未通过校验（{check.Reason}），请与申请人核实。";
                }
                else
                {
                    errors["idNumber"] = check.Reason + "。";
                }
            }
        }

        var phone = request.Phone?.Trim();
        var email = request.Email?.Trim();
        if (!string.IsNullOrWhiteSpace(request.Contact))
        {
            var contact = request.Contact.Trim();
            if (contact.Contains('@'))
            {
                email ??= contact;
            }
            else
            {
                phone ??= contact;
            }
        }

        var address = request.Address?.Trim();
        if (string.IsNullOrEmpty(phone) && string.IsNullOrEmpty(email) && string.IsNullOrEmpty(address))
        {
            errors["contact"] = "请至少填写一种联系方式（电话、电子邮箱或通信地址）。";
        }

        if (!string.IsNullOrEmpty(email) && (email.Length > 200 || !email.Contains('@')))
        {
            errors["email"] = "电子邮箱格式不正确。";
        }

        if (!string.IsNullOrEmpty(phone) && (phone.Length > 40 || phone.Count(char.IsDigit) < 7))
        {
            errors["phone"] = "联系电话格式不正确。";
        }

        var description = request.Description?.Trim();
        if (string.IsNullOrEmpty(description))
        {
            errors["description"] = "请描述所需政府信息（名称、文号或者便于查询的其他特征性描述）。";
        }
        else if (description.Length > MaxDescription)
        {
            errors["description"] = "所需信息描述不能超过4000字。";
        }

        var title = request.InformationTitle?.Trim();
        if (title is { Length: > MaxTitle })
        {
            errors["informationTitle"] = "信息名称不能超过500字。";
        }

        var form = string.IsNullOrWhiteSpace(request.FormWanted) ? RequestChoices.DefaultForm : request.FormWanted.Trim();
        if (!RequestChoices.Forms.ContainsKey(form))
        {
            errors["formWanted"] = "信息的形式应为 electronic（电子文本）、paper（纸质文本）或 viewing（现场查阅）。";
        }

        var delivery = string.IsNullOrWhiteSpace(request.Delivery) ? RequestChoices.DefaultDelivery : request.Delivery.Trim();
        if (!RequestChoices.Deliveries.ContainsKey(delivery))
        {
            errors["delivery"] = "获取方式应为 online、email、mail 或 pickup。";
        }

        var channel = string.IsNullOrWhiteSpace(request.Channel) ? ApplicationChannel.Online : ApplicationChannels.Parse(request.Channel);
        if (channel is null)
        {
            errors["channel"] = "提交渠道应为 online、inPerson、registeredMail、ordinaryMail、fax 或 email。";
        }
        else if (!byStaff && channel != ApplicationChannel.Online)
        {
            // 第三十一条: the offline channels have a receipt date only the organ can attest.
            errors["channel"] = "公众只能在网上提交申请；当面、邮寄、传真、电子邮件的申请由工作人员登记。";
        }

        DateOnly? receivedOn = null;
        if (byStaff && channel is { } ch && ch != ApplicationChannel.Online)
        {
            if (request.ReceivedOn is not { } r)
            {
                errors["receivedOn"] = $"请填写收到申请之日：{ApplicationChannels.ReceiptRule(ch)}。";
            }
            else if (r > today)
            {
                errors["receivedOn"] = "收到申请之日不能晚于今天。";
            }
            else
            {
                receivedOn = r;
            }

            if (ch != ApplicationChannel.InPerson && string.IsNullOrWhiteSpace(request.ReceiptEvidence))
            {
                errors["receiptEvidence"] = $"请记录收到日期的依据（{ApplicationChannels.ReceiptRule(ch)}），如签收单号或确认记录。";
            }
        }

        if (request.ReceiptEvidence is { Length: > MaxReceiptEvidence })
        {
            errors["receiptEvidence"] = "收到日期依据不能超过500字。";
        }

        if (errors.Count > before || kind is null || channel is null || name is null || description is null)
        {
            return null;
        }

        return new CheckedApplication(kind.Value, name, idWarning, phone, email, address, description, title, form, delivery, channel.Value, receivedOn);
    }
}
