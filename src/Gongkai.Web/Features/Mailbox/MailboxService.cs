using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Mailbox;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Attachments;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Mailbox;

/// <summary>Submission, access and handling of mailbox letters. The district office (the organ named
/// by <see cref="MailboxOptions.DistrictOffice"/>) receives the 区长信箱 and routes; an organ's case
/// handlers see and handle only the letters routed to (or written to) their organ; the district
/// supervisors read everything. Every staff step and every view of the writer's data is audited.</summary>
public sealed class MailboxService(
    GongkaiDbContext db,
    PersonalDataProtector protector,
    CalendarProvider calendars,
    OrganizationDirectory directory,
    StaffAccess access,
    AuditTrail audit,
    TimeProvider clock,
    IOptions<MailboxOptions> options,
    ApplicationAttachments attachments,
    MailboxCache cache,
    ILogger<MailboxService> log)
{
    private int? office;
    private bool officeResolved;

    public MailboxOptions Options => options.Value;

    public LetterTimeLimits Limits => options.Value.Limits();

    /// <summary>The district office's organ id, or null when the setting names no organ.</summary>
    public async Task<int?> DistrictOfficeAsync(CancellationToken ct)
    {
        if (!officeResolved)
        {
            office = (await directory.ResolveAsync(options.Value.DistrictOffice, ct)).Id;
            officeResolved = true;
        }

        return office;
    }

    public async Task<LetterSubmitResult> SubmitAsync(LetterInput input, bool byStaff, IReadOnlyList<IFormFile> files, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var today = ChinaTime.Today(clock);
        var recipient = await ResolveRecipientAsync(input.Recipient, errors, ct);
        var type = LetterTypes.Parse(input.Type);
        if (type is null)
        {
            errors["type"] = "请选择来信类型：consultation（咨询）、suggestion（建议）、complaint（投诉）、help（求助）或 other（其他）。";
        }

        var subject = LetterText.Clean(input.Subject, out var subjectMarkup);
        if (subject.Length == 0)
        {
            errors["subject"] = subjectMarkup ? "来信标题不能只有网页代码或脚本，请用文字填写。" : "请填写来信标题。";
        }
        else if (subject.Length > LetterText.MaxSubjectLength)
        {
            errors["subject"] = $"来信标题不能超过{LetterText.MaxSubjectLength}字（现有{subject.Length}字）。";
        }

        var content = LetterText.Clean(input.Content, out var contentMarkup);
        if (content.Length == 0)
        {
            errors["content"] = contentMarkup ? "来信内容不能只有网页代码或脚本，请用文字写明您反映的问题。" : "请填写来信内容。";
        }
        else if (content.Length > LetterText.MaxContentLength)
        {
            errors["content"] = $"来信内容不能超过{LetterText.MaxContentLength}字（现有{content.Length}字），请精简后再提交，材料可作为附件上传。";
        }

        var name = LetterText.Clean(input.Name, out _);
        if (name.Length == 0)
        {
            errors["name"] = "请填写您的姓名。";
        }
        else if (name.Length > 50)
        {
            errors["name"] = "姓名不能超过50字。";
        }

        var phone = input.Phone?.Trim() ?? "";
        if (phone.Length == 0)
        {
            errors["phone"] = "请填写联系电话，以便承办单位与您联系。";
        }
        else if (phone.Length > 40 || phone.Count(char.IsDigit) < 7 || phone.Any(c => !(char.IsDigit(c) || c is ' ' or '-' or '+' or '(' or ')' or '（' or '）')))
        {
            errors["phone"] = "联系电话格式不正确。";
        }

        var email = input.Email?.Trim();
        if (!string.IsNullOrEmpty(email) && (email.Length > 200 || !email.Contains('@', StringComparison.Ordinal) || email.Any(char.IsWhiteSpace)))
        {
            errors["email"] = "电子邮箱格式不正确。";
        }

        if (input.Publish is null)
        {
            errors["publish"] = "请选择是否同意公开来信及答复（公开时隐去姓名、电话等个人信息）。";
        }

        var receivedOn = today;
        if (input.ReceivedOn is { } r)
        {
            if (!byStaff)
            {
                errors["receivedOn"] = "收信日期只能由工作人员登记邮寄来信时填写；网上来信以提交之日为收信日期。";
            }
            else if (r > today)
            {
                errors["receivedOn"] = "收信日期不能晚于今天。";
            }
            else
            {
                receivedOn = r;
            }
        }

        var checkedFiles = attachments.Check(files, errors);
        if (errors.Count > 0)
        {
            log.LogInformation("Mailbox letter refused: {Fields}", string.Join(",", errors.Keys));
            throw new LetterInputException(errors);
        }

        var officeId = await DistrictOfficeAsync(ct);
        if (byStaff && !await MayActForAsync(recipient ?? officeId, ct))
        {
            throw new LetterForbiddenException("只有收信机关（区长信箱为区政府办公室）的经办人可以登记邮寄来信。");
        }

        var calendar = await calendars.GetAsync(ct);
        var limits = Limits;
        var key = SubmissionKey(recipient, type!.Value, name, phone, subject, content, receivedOn);
        var now = clock.GetUtcNow();
        var since = now.AddMinutes(-Math.Max(1, options.Value.DuplicateWindowMinutes));
        var claimKey = "mailbox:" + key[..56];
        for (var attempt = 1; ; attempt++)
        {
            var existing = (await db.Set<MailboxLetter>().Where(l => l.SubmissionKey == key).ToListAsync(ct)).FirstOrDefault(l => l.SubmittedAt >= since);
            if (existing is not null)
            {
                // A double click or a resend: the first letter stands, with its password unchanged.
                log.LogInformation("Repeated mailbox letter {Id} answered with the first one", existing.Id);
                return new LetterSubmitResult(existing, null, true);
            }

            var password = QueryPassword.NewPassword();
            var letter = new MailboxLetter
            {
                TrackingCode = QueryPassword.NewTrackingCode("XX"),
                QueryPasswordHash = QueryPassword.Hash(password),
                RecipientOrganizationId = recipient,
                HandlingOrganizationId = recipient,
                Type = type.Value,
                Subject = subject,
                Content = content,
                NameCipher = protector.Encrypt(name),
                PhoneCipher = protector.Encrypt(phone),
                EmailCipher = protector.Encrypt(string.IsNullOrEmpty(email) ? null : email),
                PublishConsent = input.Publish!.Value,
                ReceivedOn = receivedOn,
                SubmittedAt = now,
                RegisteredBy = byStaff ? access.User.Identity?.Name : null,
                SubmissionKey = key,
            };
            Apply(letter, calendar, limits);

            // The claim table applications use: a concurrent twin fails on the claim's key.
            await db.Set<SubmissionClaim>().Where(c => c.Key.StartsWith("mailbox:") && c.ClaimedAt < since).ExecuteDeleteAsync(ct);
            var claim = new SubmissionClaim { Key = claimKey, ClaimedAt = now };
            db.Add(claim);
            db.Add(letter);
            var stored = await attachments.StoreAsync(checkedFiles, ct);
            var committed = false;
            try
            {
                await using var transaction = await db.Database.BeginTransactionRetryingAsync(ct);
                if (!await db.TrySaveClaimedAsync(transaction, attempt < 3, "a mailbox letter", log, [claim, letter], ct))
                {
                    continue;
                }

                foreach (var file in stored)
                {
                    var row = file.CopyAs<LetterAttachment>();
                    row.LetterId = letter.Id;
                    db.Add(row);
                }

                if (byStaff)
                {
                    audit.Record("mailbox.registered", targetType: "letter", targetId: Id(letter),
                        after: new { letter.TrackingCode, letter.ReceivedOn, attachments = stored.Count }, organizationId: recipient ?? officeId);
                }

                if (!await db.TryCommitClaimedAsync(transaction, attempt < 3, "mailbox letter " + letter.TrackingCode, log, [claim, letter], ct))
                {
                    continue;
                }

                committed = true;
            }
            finally
            {
                if (!committed)
                {
                    await attachments.DiscardAsync(stored);
                }
            }

            return new LetterSubmitResult(letter, password, false);
        }
    }

    /// <summary>The letter if the signed-in person may see it; null (and an audited denial) otherwise.</summary>
    public async Task<MailboxLetter?> FindForStaffAsync(int id, CancellationToken ct)
    {
        var letter = await db.Set<MailboxLetter>().Include(l => l.Events).FirstOrDefaultAsync(l => l.Id == id, ct);
        if (letter is null)
        {
            return null;
        }

        if (!await MaySeeAsync(letter, ct))
        {
            await audit.WriteAsync("mailbox.denied", success: false, targetType: "letter", targetId: Id(letter), ct: ct);
            return null;
        }

        return letter;
    }

    public async Task<bool> MaySeeAsync(MailboxLetter letter, CancellationToken ct) =>
        await access.IsSupervisorAsync(ct) || await IsOfficeHandlerAsync(ct)
        || (letter.HandlingOrganizationId is { } h && await access.HasRoleAsync(h, BusinessRole.CaseHandler, ct))
        || (letter.RepliedByOrganizationId is { } r && await access.HasRoleAsync(r, BusinessRole.CaseHandler, ct));

    public async Task<bool> IsOfficeHandlerAsync(CancellationToken ct) =>
        await DistrictOfficeAsync(ct) is { } o && await access.HasRoleAsync(o, BusinessRole.CaseHandler, ct);

    /// <summary>The current month's analysis, before it is published: the district office and supervisors.</summary>
    public async Task<bool> MaySeeCurrentAnalysisAsync(CancellationToken ct) =>
        access.User.Identity?.IsAuthenticated == true && (await access.IsSupervisorAsync(ct) || await IsOfficeHandlerAsync(ct));

    /// <summary>The organs whose letters the person sees in the queue; null means all (district office, supervisors).</summary>
    public async Task<IReadOnlySet<int>?> VisibleOrganizationsAsync(CancellationToken ct)
    {
        if (await access.IsSupervisorAsync(ct) || await IsOfficeHandlerAsync(ct))
        {
            return null;
        }

        return (await access.MembershipsAsync(ct)).Where(m => m.Role == BusinessRole.CaseHandler).Select(m => m.OrganizationId).ToHashSet();
    }

    /// <summary>The writer's name, phone and e-mail, decrypted, with the view audited.</summary>
    public async Task<(string? Name, string? Phone, string? Email)> RevealAsync(MailboxLetter letter, string purpose, CancellationToken ct)
    {
        audit.Record("mailbox.pi.viewed", targetType: "letter", targetId: Id(letter), detail: purpose, organizationId: letter.HandlingOrganizationId);
        await db.SaveChangesAsync(ct);
        return (protector.Decrypt(letter.NameCipher), protector.Decrypt(letter.PhoneCipher), protector.Decrypt(letter.EmailCipher));
    }

    public async Task<LetterClockResult> ClockAsync(MailboxLetter letter, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        return Compute(letter, calendar, Limits, ChinaTime.Today(clock));
    }

    public static LetterClockResult Compute(MailboxLetter letter, WorkingDayCalendar calendar, LetterTimeLimits limits, DateOnly today) =>
        LetterClock.Compute(letter.ReceivedOn, letter.Type, letter.RecipientOrganizationId is null,
            letter.Events.OrderBy(e => e.Id == 0 ? int.MaxValue : e.Id).Select(e => new LetterEvent(e.Type, e.On)), calendar, limits, today);

    /// <summary>Records a step after the rules and the person's right to take it are checked; nothing
    /// is saved when either fails. Publication masks the letter (see <see cref="LetterMasking"/>).</summary>
    public async Task<LetterClockResult> AddEventAsync(MailboxLetter letter, LetterEventInput input, CancellationToken ct)
    {
        var type = LetterEventTypes.Parse(input.Type)
            ?? throw new LetterRuleException($"未知的办理环节“{input.Type}”。可用的环节：{string.Join("、", LetterEventTypes.All.Select(LetterEventTypes.Code))}。");
        var today = ChinaTime.Today(clock);
        var on = input.On ?? today;
        if (on > today)
        {
            throw new LetterRuleException($"办理日期（{on:yyyy-MM-dd}）不能晚于今天（{today:yyyy-MM-dd}）。");
        }

        if (on < letter.ReceivedOn)
        {
            throw new LetterRuleException($"办理日期（{on:yyyy-MM-dd}）不能早于收信日期（{letter.ReceivedOn:yyyy-MM-dd}）。");
        }

        var officeId = await DistrictOfficeAsync(ct);
        var isOffice = await IsOfficeHandlerAsync(ct);
        var holder = letter.HandlingOrganizationId;
        var mayAct = holder is { } h ? await access.HasRoleAsync(h, BusinessRole.CaseHandler, ct) : isOffice;
        if (type == LetterEventType.Routed ? !isOffice : type == LetterEventType.Published ? !(mayAct || isOffice) : !mayAct)
        {
            throw new LetterForbiddenException(type == LetterEventType.Routed
                ? "只有区政府办公室的经办人可以交办来信。"
                : "只有来信当前承办机关的经办人可以办理该来信（督查人员只能查看）。");
        }

        var calendar = await calendars.GetAsync(ct);
        var limits = Limits;
        var before = Compute(letter, calendar, limits, today);
        var routedToOrgan = letter.RecipientOrganizationId is null && holder is not null;
        if (LetterClock.Check(before.Stage, before.Extended, routedToOrgan, type) is { } rule)
        {
            throw new LetterRuleException(rule);
        }

        var text = LetterText.Clean(input.Text, out _);
        var record = new LetterEventRecord
        {
            Type = type,
            On = on,
            OrganizationId = holder,
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = access.User.Identity?.Name,
        };
        switch (type)
        {
            case LetterEventType.Routed:
                var target = await ResolveOrganAsync(input.Organization, ct);
                if (target == officeId)
                {
                    throw new LetterRuleException("区政府办公室自办的来信无需交办，请直接签收办理。");
                }

                record.OrganizationId = target;
                letter.HandlingOrganizationId = target;
                break;
            case LetterEventType.Returned:
                record.Text = Require(text, "请填写退回理由（为什么不属于本机关办理，建议由哪个机关办理）。", 500);
                letter.HandlingOrganizationId = null;
                break;
            case LetterEventType.Extended:
                record.Text = Require(text, "请填写延期理由。", 500);
                record.Approver = Require(LetterText.Clean(input.Approver, out _), "延期须经批准，请填写批准人。", 100);
                letter.Extended = true;
                break;
            case LetterEventType.Replied:
                record.Text = Require(text, "请填写答复内容。", LetterText.MaxContentLength);
                letter.ReplyText = record.Text;
                letter.RepliedByOrganizationId = holder;
                break;
            case LetterEventType.Published:
                if (!letter.PublishConsent)
                {
                    throw new LetterRuleException("写信人不同意公开该来信：只计入统计，不予公开。");
                }

                var masked = await MaskAsync(letter, ct);
                letter.PublishedSubject = masked.Subject;
                letter.PublishedContent = masked.Content;
                letter.PublishedReply = masked.Reply;
                letter.MaskingReport = masked.Report;
                letter.PublishedAt = clock.GetUtcNow();
                break;
        }

        if (!string.IsNullOrWhiteSpace(input.Topic))
        {
            letter.Topic = Require(LetterText.Clean(input.Topic, out _), "请填写问题分类。", 50);
        }

        letter.Events.Add(record);
        try
        {
            var result = Apply(letter, calendar, limits);
            letter.Version = Guid.NewGuid();
            audit.Record("mailbox.event", targetType: "letter", targetId: Id(letter),
                after: new { type = LetterEventTypes.Code(type), record.On, record.OrganizationId, record.Approver, letter.Topic, masked = letter.MaskingReport },
                organizationId: holder ?? officeId);
            await db.SaveChangesAsync(ct);
            await cache.ChangedAsync(ct);
            return result;
        }
        catch
        {
            letter.Events.Remove(record);
            db.Entry(record).State = EntityState.Detached;
            throw;
        }
    }

    /// <summary>What publication would show, and what it masked, for the reviewer to check first.</summary>
    public async Task<LetterMasking.Result> MaskAsync(MailboxLetter letter, CancellationToken ct)
    {
        var (name, phone, email) = await RevealAsync(letter, "publication masking", ct);
        return LetterMasking.Mask(letter.Subject, letter.Content, letter.ReplyText ?? "", name, phone, email);
    }

    public MailboxLetter? FindByCode(string? code, string? password)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(password))
        {
            return null;
        }

        var normalized = code.Trim().ToUpperInvariant();
        var letter = db.Set<MailboxLetter>().Include(l => l.Events).FirstOrDefault(l => l.TrackingCode == normalized);
        return letter is not null && QueryPassword.Verify(password, letter.QueryPasswordHash) ? letter : null;
    }

    public Task<string?> OrganizationNameAsync(int? id, CancellationToken ct) => id is null
        ? Task.FromResult<string?>(null)
        : db.Set<Organization>().Where(o => o.Id == id).Select(o => (string?)o.Name).FirstOrDefaultAsync(ct);

    public Task<List<LetterAttachment>> AttachmentsAsync(int letterId, CancellationToken ct) =>
        db.Set<LetterAttachment>().AsNoTracking().Where(a => a.LetterId == letterId).OrderBy(a => a.Id).ToListAsync(ct);

    /// <summary>Stores the clock's answer on the letter, for the queues and the analysis.</summary>
    private static LetterClockResult Apply(MailboxLetter letter, WorkingDayCalendar calendar, LetterTimeLimits limits)
    {
        var result = Compute(letter, calendar, limits, letter.ReceivedOn);
        letter.Stage = result.Stage;
        letter.IsOpen = result.RepliedOn is null;
        letter.SignOffBy = result.SignOff.Due;
        letter.ReplyBy = result.Reply.Due;
        letter.RepliedOn = result.RepliedOn;
        return result;
    }

    private async Task<bool> MayActForAsync(int? organizationId, CancellationToken ct) =>
        organizationId is { } o && await access.HasRoleAsync(o, BusinessRole.CaseHandler, ct);

    private async Task<int?> ResolveRecipientAsync(string? value, Dictionary<string, string> errors, CancellationToken ct)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v) || v == "区长信箱")
        {
            return null;
        }

        try
        {
            var id = await ResolveOrganAsync(v, ct);
            return id == await DistrictOfficeAsync(ct) ? null : id;
        }
        catch (LetterRuleException e)
        {
            errors["recipient"] = e.Message;
            return null;
        }
    }

    private async Task<int> ResolveOrganAsync(string? value, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new LetterRuleException("请填写承办机关（organization）。");
        }

        if (int.TryParse(value, CultureInfo.InvariantCulture, out var id))
        {
            return await db.Set<Organization>().AnyAsync(o => o.Id == id && o.IsActive && o.Kind != OrganizationKind.Party, ct)
                ? id
                : throw new LetterRuleException($"未找到编号为{id}的行政机关。");
        }

        var match = await directory.ResolveAsync(value, ct);
        return match.Id ?? throw new LetterRuleException(match.Error ?? $"未找到机关“{value}”。");
    }

    private static string Require(string value, string message, int max)
    {
        if (value.Length == 0)
        {
            throw new LetterRuleException(message);
        }

        return value.Length <= max ? value : throw new LetterRuleException($"内容不能超过{max}字。");
    }

    private static string Id(MailboxLetter letter) => letter.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The same writer sending the same letter to the same mailbox on the same receipt day.</summary>
    private static string SubmissionKey(int? recipient, LetterType type, string name, string phone, string subject, string content, DateOnly receivedOn)
    {
        var digits = new string(phone.Where(char.IsDigit).ToArray());
        var material = string.Join('\u001f', "mailbox-v1", recipient?.ToString(CultureInfo.InvariantCulture) ?? "", LetterTypes.Code(type), name, digits,
            subject, content, receivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }
}
