using System.Security.Cryptography;
using System.Text;
using Gongkai.Domain.Applications;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Privacy;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Mail;
using Gongkai.Web.Shared.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Applications;

/// <summary>Submission, registration, events and access for disclosure applications. Every staff
/// read of a case goes through <see cref="FindForStaffAsync"/> (the organ's case handlers and the
/// district supervisors only); every change and every view of the applicant's personal data is
/// written to the audit log in the same transaction.</summary>
public sealed class ApplicationService(
    GongkaiDbContext db,
    PersonalDataProtector protector,
    CalendarProvider calendars,
    OrganizationDirectory directory,
    StaffAccess access,
    AuditTrail audit,
    TimeProvider clock,
    IOptions<ApplicationOptions> options,
    IMailSender mail,
    Attachments.ApplicationAttachments attachments,
    ILogger<ApplicationService> log)
{
    public ClockSettings ClockSettings => new(options.Value.PauseWhileFeeNoticeOpen,
        Math.Max(0, options.Value.PostDeemedReceiptDays), Math.Max(0, options.Value.ElectronicDeemedReceiptDays), options.Value.CountFromNextDay);

    /// <summary>Validates and stores an application. After an online submission with an e-mail
    /// address, the tracking code and query password are mailed to the applicant once the case is
    /// saved; a mail failure is logged and changes nothing else.</summary>
    public Task<SubmitResult> SubmitAsync(ApplicationInput input, bool byStaff, CancellationToken ct) =>
        SubmitAsync(input, byStaff, [], ct);

    /// <summary>As above, with files (identity proof, supporting material) checked with the other
    /// fields and saved with the application or not at all.</summary>
    public async Task<SubmitResult> SubmitAsync(ApplicationInput input, bool byStaff, IReadOnlyList<IFormFile> files, CancellationToken ct)
    {
        var (result, mailTo) = await SubmitCoreAsync(input, byStaff, files, ct);
        if (byStaff || result.Password is null || string.IsNullOrEmpty(mailTo) || !mail.IsEnabled)
        {
            return result;
        }

        var organization = await OrganizationNameAsync(result.Application.OrganizationId, ct) ?? "";
        // CancellationToken.None: the case is saved; a client that disconnects now should still get its mail.
        var mailed = await mail.SendAsync(ApplicationMails.Receipt(mailTo, organization, result.Application, result.Password), CancellationToken.None);
        log.LogInformation("Receipt of application {Code} {Outcome}", result.Application.TrackingCode, mailed ? "mailed" : "not mailed");
        return result with { Mailed = mailed };
    }

    private async Task<(SubmitResult Result, string? MailTo)> SubmitCoreAsync(ApplicationInput input, bool byStaff, IReadOnlyList<IFormFile> files, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var today = ChinaTime.Today(clock);
        var organizationId = await ResolveOrganizationAsync(input.Organization, errors, ct);
        var kind = ApplicantKinds.Parse(input.ApplicantType);
        if (kind is null)
        {
            errors["applicantType"] = "请选择申请人类型：naturalPerson（自然人）、commercial、research、social、legal 或 otherOrganization。";
        }

        var name = input.ApplicantName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["applicantName"] = kind is ApplicantKind.NaturalPerson or null ? "请填写申请人姓名。" : "请填写申请单位名称。";
        }
        else if (name.Length > 200)
        {
            errors["applicantName"] = "申请人姓名或名称不能超过200字。";
        }

        string? idWarning = null;
        var idNumber = PersonalDataProtector.Normalize(input.IdNumber);
        if (kind == ApplicantKind.NaturalPerson)
        {
            var check = ResidentIdNumber.Validate(input.IdNumber, today);
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

        var phone = input.Phone?.Trim();
        var email = input.Email?.Trim();
        if (!string.IsNullOrWhiteSpace(input.Contact))
        {
            var contact = input.Contact.Trim();
            if (contact.Contains('@'))
            {
                email ??= contact;
            }
            else
            {
                phone ??= contact;
            }
        }

        var address = input.Address?.Trim();
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

        var description = input.Description?.Trim();
        if (string.IsNullOrEmpty(description))
        {
            errors["description"] = "请描述所需政府信息（名称、文号或者便于查询的其他特征性描述）。";
        }
        else if (description.Length > 4000)
        {
            errors["description"] = "所需信息描述不能超过4000字。";
        }

        var title = input.InformationTitle?.Trim();
        if (title is { Length: > 500 })
        {
            errors["informationTitle"] = "信息名称不能超过500字。";
        }

        var form = string.IsNullOrWhiteSpace(input.FormWanted) ? "electronic" : input.FormWanted.Trim();
        if (!ApplicationChoices.Forms.ContainsKey(form))
        {
            errors["formWanted"] = "信息的形式应为 electronic（电子文本）、paper（纸质文本）或 viewing（现场查阅）。";
        }

        var delivery = string.IsNullOrWhiteSpace(input.Delivery) ? "online" : input.Delivery.Trim();
        if (!ApplicationChoices.Deliveries.ContainsKey(delivery))
        {
            errors["delivery"] = "获取方式应为 online、email、mail 或 pickup。";
        }

        var channel = string.IsNullOrWhiteSpace(input.Channel) ? ApplicationChannel.Online : ApplicationChannels.Parse(input.Channel);
        if (channel is null)
        {
            errors["channel"] = "提交渠道应为 online、inPerson、registeredMail、ordinaryMail、fax 或 email。";
        }
        else if (!byStaff && channel != ApplicationChannel.Online)
        {
            errors["channel"] = "公众只能在网上提交申请；当面、邮寄、传真、电子邮件的申请由工作人员登记。";
        }

        DateOnly? receivedOn = null;
        if (byStaff && channel is { } ch && ch != ApplicationChannel.Online)
        {
            if (input.ReceivedOn is not { } r)
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

            if (ch != ApplicationChannel.InPerson && string.IsNullOrWhiteSpace(input.ReceiptEvidence))
            {
                errors["receiptEvidence"] = $"请记录收到日期的依据（{ApplicationChannels.ReceiptRule(ch)}），如签收单号或确认记录。";
            }
        }

        if (input.ReceiptEvidence is { Length: > 500 })
        {
            errors["receiptEvidence"] = "收到日期依据不能超过500字。";
        }

        var checkedFiles = attachments.Check(files, errors);
        if (errors.Count > 0)
        {
            log.LogInformation("Application refused: {Fields}", string.Join(",", errors.Keys));
            throw new ApplicationInputException(errors);
        }

        if (byStaff && !await access.HasRoleAsync(organizationId!.Value, BusinessRole.CaseHandler, ct))
        {
            throw new ApplicationForbiddenException("只有本机关的依申请公开经办人可以登记申请。");
        }

        if (receivedOn is { } received)
        {
            // Fails now, with the calendar's message, rather than leaving a case without a due date.
            var calendar = await calendars.GetAsync(ct);
            _ = calendar.Describe(received);
        }

        var key = SubmissionKey(organizationId!.Value, kind!.Value, name!, idNumber, title, description!, channel!.Value, receivedOn);
        var now = clock.GetUtcNow();
        var since = now.AddMinutes(-options.Value.DuplicateWindowMinutes);
        for (var attempt = 1; ; attempt++)
        {
            var existing = (await db.Set<DisclosureApplication>().Where(a => a.SubmissionKey == key).ToListAsync(ct))
                .FirstOrDefault(a => a.SubmittedAt >= since);
            if (existing is not null)
            {
                // The same receipt sent again (a double click, a resend, two clerks registering
                // one letter): answered "already submitted", and the case is never changed. In
                // particular no new query password: one would lock the applicant out of the
                // status page.
                log.LogInformation("Double submission of application {Id} answered with the existing case", existing.Id);
                return (new SubmitResult(existing, null, true), null);
            }

            var password = QueryPassword.NewPassword();
            var application = new DisclosureApplication
            {
                OrganizationId = organizationId.Value,
                TrackingCode = QueryPassword.NewTrackingCode(),
                QueryPasswordHash = QueryPassword.Hash(password),
                ApplicantKind = ApplicantKinds.Code(kind.Value),
                ApplicantName = name!,
                IdentityProof = Trim(input.IdentityProof, 100) ?? (kind == ApplicantKind.NaturalPerson ? "居民身份证" : null),
                IdNumberCipher = protector.Encrypt(idNumber),
                IdNumberIndex = protector.Index(idNumber),
                IdNumberWarning = idWarning,
                PhoneCipher = protector.Encrypt(NullIfEmpty(phone)),
                PhoneIndex = protector.Index(phone),
                AddressCipher = protector.Encrypt(NullIfEmpty(address)),
                EmailCipher = protector.Encrypt(NullIfEmpty(email)),
                InformationTitle = string.IsNullOrEmpty(title) ? Shorten(description!, 60) : title,
                DocumentNumber = Trim(input.DocumentNumber, 200),
                Description = description!,
                FormWanted = form,
                Delivery = delivery,
                Channel = ApplicationChannels.Code(channel!.Value),
                ReceiptEvidence = Trim(input.ReceiptEvidence, 500),
                SubmittedAt = now,
                RegisteredBy = byStaff ? access.User.Identity?.Name : null,
                SubmissionKey = key,
                Stage = ApplicationChoices.AwaitingConfirmation,
            };
            if (receivedOn is { } on)
            {
                application.Events.Add(NewRecord(new ApplicationEventInput { Type = "received", On = on, Note = input.ReceiptEvidence }, "received", now));
            }

            await RecomputeAsync(application, ct);
            // Expired claims go first (this key's and anyone's), then the claim and the application
            // are inserted in one transaction: a concurrent twin fails on the claim's key.
            await db.Set<SubmissionClaim>().Where(c => c.ClaimedAt < since).ExecuteDeleteAsync(ct);
            var claim = new SubmissionClaim { Key = key, ClaimedAt = now };
            db.Add(claim);
            db.Add(application);
            // Files are written first; unless the rows commit with the application, they are removed again.
            var stored = await attachments.StoreAsync(checkedFiles, ct);
            var committed = false;
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException e) when (attempt < 3)
                {
                    // The twin won: answer with its application (read on the next pass).
                    log.LogInformation(e, "Concurrent double submission detected by the submission claim");
                    await transaction.RollbackAsync(ct);
                    db.Entry(claim).State = EntityState.Detached;
                    db.Entry(application).State = EntityState.Detached;
                    foreach (var ev in application.Events)
                    {
                        db.Entry(ev).State = EntityState.Detached;
                    }

                    continue;
                }

                if (byStaff)
                {
                    audit.Record("application.registered", targetType: "application", targetId: application.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        after: new { application.TrackingCode, application.Channel, application.ReceivedOn, application.IdNumberWarning, attachments = stored.Count },
                        organizationId: application.OrganizationId);
                }

                stored.ForEach(f => f.ApplicationId = application.Id);
                db.AddRange(stored);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                committed = true;
            }
            finally
            {
                if (!committed)
                {
                    attachments.Discard(stored);
                }
            }

            return (new SubmitResult(application, password, false), NullIfEmpty(email));
        }
    }

    /// <summary>The case if the signed-in person may handle or supervise it; null otherwise (the
    /// caller answers 404 either way, so another organ's staff learn nothing about the case).</summary>
    public async Task<DisclosureApplication?> FindForStaffAsync(int id, CancellationToken ct)
    {
        var application = await db.Set<DisclosureApplication>().Include(a => a.Events).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null || !await MayHandleAsync(application.OrganizationId, ct))
        {
            if (application is not null)
            {
                await audit.WriteAsync("application.denied", success: false, targetType: "application",
                    targetId: id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct: ct);
            }

            return null;
        }

        return application;
    }

    public async Task<bool> MayHandleAsync(int organizationId, CancellationToken ct) =>
        await access.HasRoleAsync(organizationId, BusinessRole.CaseHandler, ct) || await access.IsSupervisorAsync(ct);

    public async Task<bool> MayActAsync(int organizationId, CancellationToken ct) =>
        await access.HasRoleAsync(organizationId, BusinessRole.CaseHandler, ct);

    /// <summary>The organs whose queues the person sees; null means every organ (a supervisor).</summary>
    public async Task<IReadOnlySet<int>?> HandledOrganizationsAsync(CancellationToken ct)
    {
        if (await access.IsSupervisorAsync(ct))
        {
            return null;
        }

        return (await access.MembershipsAsync(ct)).Where(m => m.Role == BusinessRole.CaseHandler).Select(m => m.OrganizationId).ToHashSet();
    }

    /// <summary>The applicant's personal data, decrypted, with the view written to the audit log.</summary>
    public async Task<ApplicantDetails> RevealAsync(DisclosureApplication a, string purpose, CancellationToken ct)
    {
        audit.Record("application.pi.viewed", targetType: "application", targetId: a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            detail: purpose, organizationId: a.OrganizationId);
        await db.SaveChangesAsync(ct);
        return new ApplicantDetails(protector.Decrypt(a.IdNumberCipher), protector.Decrypt(a.PhoneCipher), protector.Decrypt(a.EmailCipher), protector.Decrypt(a.AddressCipher));
    }

    /// <summary>Records an event after checking the whole history again: nothing is saved when
    /// the new event breaks a rule.</summary>
    public async Task<CaseClockResult?> AddEventAsync(DisclosureApplication application, ApplicationEventInput input, CancellationToken ct)
    {
        if (!await MayActAsync(application.OrganizationId, ct))
        {
            throw new ApplicationForbiddenException("只有本机关的依申请公开经办人可以办理该申请（督查人员只能查看）。");
        }

        var (type, error) = ParseType(input);
        if (type is null)
        {
            throw new ApplicationRuleException(error!);
        }

        if (input.On is not { } on)
        {
            throw new ApplicationRuleException("请填写事件日期 on（yyyy-MM-dd）。");
        }

        var today = ChinaTime.Today(clock);
        if (on > today)
        {
            throw new ApplicationRuleException($"事件日期（{on:yyyy-MM-dd}）不能晚于今天（{today:yyyy-MM-dd}）。");
        }

        if (type == "received" && on < DateOnly.FromDateTime(ChinaTime.ToChina(application.SubmittedAt).DateTime) && application.Channel == "online")
        {
            throw new ApplicationRuleException("网上申请的收到之日不能早于提交之日。");
        }

        if ((type is "reconsideration" or "litigation") && AppealResults.Parse(input.Result ?? "pending") is null)
        {
            throw new ApplicationRuleException("结果应为 upheld（维持）、corrected（纠正）、other（其他）或 pending（尚未审结）。");
        }

        if (input.Amount is not null || input.Pages is not null)
        {
            if (type != "feeNoticeSent")
            {
                throw new ApplicationRuleException("收费金额（amount）或页数（pages）只能随“发出收费通知”（feeNoticeSent）登记。");
            }

            if (input.Amount is { } given && (given < 0 || given > 10_000_000 || decimal.Round(given, 2) != given))
            {
                throw new ApplicationRuleException("收费金额应为不小于0的金额（元），最多两位小数。");
            }

            if (input.Amount is null && input.Pages is < 0 or > 1_000_000)
            {
                throw new ApplicationRuleException("页数应为不小于0的整数。");
            }

            // 按量 (by volume) from the pages when no amount was given; 按件 depends on the
            // applicant's month, which staff compute with the calculator and enter as the amount.
            input.Amount ??= FeeCalculator.ByVolume(input.Pages!.Value).Amount;
        }

        var delivery = ParseDelivery(application, input, type);
        input.Delivery = delivery is { } d ? NoticeDeliveries.Code(d) : null;
        if (input.DeferredTo is not null && type != "replyDeferred")
        {
            throw new ApplicationRuleException("延迟答复期限（deferredTo）只能随“延迟答复”（replyDeferred）登记。");
        }

        var record = NewRecord(input, type, clock.GetUtcNow());
        application.Events.Add(record);
        try
        {
            var result = await RecomputeAsync(application, ct);
            application.Version = Guid.NewGuid();
            audit.Record("application.event", targetType: "application", targetId: application.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                after: new { record.Type, record.On, record.WorkingDays, record.Amount, record.Outcome, record.CorrectUntil, record.Approver, record.AppealResult, record.Delivery, record.DeferredTo },
                organizationId: application.OrganizationId);
            await db.SaveChangesAsync(ct);
            return result;
        }
        catch
        {
            application.Events.Remove(record);
            db.Entry(record).State = EntityState.Detached;
            throw;
        }
    }

    /// <summary>Replays the events and stores the clock's answer on the case (for the queues).</summary>
    public async Task<CaseClockResult?> RecomputeAsync(DisclosureApplication a, CancellationToken ct)
    {
        var result = await ClockAsync(a, ct);
        if (result is null)
        {
            a.Stage = ApplicationChoices.AwaitingConfirmation;
            a.IsOpen = true;
            a.ReceivedOn = null;
            a.DueOn = null;
            return null;
        }

        a.ReceivedOn = result.ReceivedOn;
        a.Stage = ApplicationStages.Code(result.Stage);
        a.IsOpen = result.IsOpen;
        a.DueOn = result.DueOn;
        a.Outcome = result.Outcome;
        a.RepliedOn = result.RepliedOn;
        a.ArchivedOn = result.ArchivedOn;
        a.ReconsiderationResult = result.ReconsiderationResult is { } r ? AppealResults.Code(r) : null;
        a.LitigationResult = result.LitigationResult is { } l ? AppealResults.Code(l) : null;
        a.LitigationAfterReconsideration = result.LitigationAfterReconsideration;
        return result;
    }

    /// <summary>The clock from the stored events, or null while an online application awaits confirmation.</summary>
    public async Task<CaseClockResult?> ClockAsync(DisclosureApplication a, CancellationToken ct)
    {
        if (a.Events.Count == 0)
        {
            return null;
        }

        var calendar = await calendars.GetAsync(ct);
        return CaseClock.Compute(a.Events.OrderBy(e => e.Id == 0 ? int.MaxValue : e.Id).Select(ToDomain), calendar, ClockSettings, ChinaTime.Today(clock));
    }

    public Task<string?> OrganizationNameAsync(int id, CancellationToken ct) =>
        db.Set<Organization>().Where(o => o.Id == id).Select(o => (string?)o.Name).FirstOrDefaultAsync(ct);

    public async Task<WorkingDayCalendar> CalendarAsync(CancellationToken ct) => await calendars.GetAsync(ct);

    public DisclosureApplication? FindByCode(string? code, string? password)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(password))
        {
            return null;
        }

        var normalized = code.Trim().ToUpperInvariant();
        var application = db.Set<DisclosureApplication>().Include(a => a.Events).FirstOrDefault(a => a.TrackingCode == normalized);
        return application is not null && QueryPassword.Verify(password, application.QueryPasswordHash) ? application : null;
    }

    public static ApplicationEvent ToDomain(ApplicationEventRecord r) =>
        new(ApplicationEventTypes.Parse(r.Type) ?? throw new InvalidOperationException("Unknown stored event type " + r.Type), r.On)
        {
            WorkingDays = r.WorkingDays,
            Outcome = r.Outcome,
            CorrectUntil = r.CorrectUntil,
            Approver = r.Approver,
            AppealResult = AppealResults.Parse(r.AppealResult),
            AfterReconsideration = r.AfterReconsideration,
            Delivery = NoticeDeliveries.Parse(r.Delivery),
            DeferredTo = r.DeferredTo,
        };

    private ApplicationEventRecord NewRecord(ApplicationEventInput input, string type, DateTimeOffset now) => new()
    {
        Type = type,
        On = input.On!.Value,
        WorkingDays = input.WorkingDays,
        Outcome = NullIfEmpty(input.Outcome?.Trim()),
        CorrectUntil = input.CorrectUntil,
        Approver = Trim(input.Approver, 100),
        Amount = input.Amount,
        AppealResult = type is "reconsideration" or "litigation" ? AppealResults.Code(AppealResults.Parse(input.Result ?? "pending")!.Value) : null,
        AfterReconsideration = input.AfterReconsideration ?? false,
        Delivery = NullIfEmpty(input.Delivery),
        DeferredTo = input.DeferredTo,
        Note = Trim(input.Note, 2000),
        RecordedAt = now,
        RecordedBy = access.User.Identity?.Name,
    };

    /// <summary>How a fee notice or consultation letter went out. A fee notice goes by the way the
    /// applicant chose to receive information unless staff say otherwise (国办函〔2020〕109号:
    /// 通过申请人选择的方式发出收费通知).</summary>
    private static NoticeDelivery? ParseDelivery(DisclosureApplication application, ApplicationEventInput input, string type)
    {
        if (string.IsNullOrWhiteSpace(input.Delivery))
        {
            return type != "feeNoticeSent" ? null : application.Delivery switch
            {
                "mail" => NoticeDelivery.Post,
                "pickup" => NoticeDelivery.InPerson,
                _ => NoticeDelivery.Electronic,
            };
        }

        if (type is not ("feeNoticeSent" or "thirdPartyConsultationStarted" or "organConsultationStarted"))
        {
            throw new ApplicationRuleException("送达方式（delivery）只能随“发出收费通知”或“征求意见”登记。");
        }

        return NoticeDeliveries.Parse(input.Delivery)
            ?? throw new ApplicationRuleException("送达方式应为 electronic（电子方式）、post（邮寄）或 inPerson（当面送达）。");
    }

    private static (string? Type, string? Error) ParseType(ApplicationEventInput input)
    {
        var raw = input.Type?.Trim();
        var organ = string.Equals(input.Party?.Trim(), "organ", StringComparison.OrdinalIgnoreCase);
        raw = raw switch
        {
            "consultationStarted" => organ ? "organConsultationStarted" : "thirdPartyConsultationStarted",
            "consultationEnded" => organ ? "organConsultationEnded" : "thirdPartyConsultationEnded",
            "correctionDeadlinePassed" => "correctionLapsed",
            _ => raw,
        };
        if (ApplicationEventTypes.Parse(raw) is { } t)
        {
            return (ApplicationEventTypes.Code(t), null);
        }

        return (null, $"未知的事件类型“{input.Type}”。可用的类型：{string.Join("、", ApplicationEventTypes.All.Select(ApplicationEventTypes.Code))}。");
    }

    private async Task<int?> ResolveOrganizationAsync(string? value, Dictionary<string, string> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors["organization"] = "请选择受理申请的行政机关。";
            return null;
        }

        if (int.TryParse(value, out var id))
        {
            if (await db.Set<Organization>().AnyAsync(o => o.Id == id && o.IsActive, ct))
            {
                return id;
            }

            errors["organization"] = $"未找到编号为{id}的行政机关。";
            return null;
        }

        var match = await directory.ResolveAsync(value, ct);
        if (match.Id is { } found)
        {
            return found;
        }

        errors["organization"] = match.Error ?? "未找到该行政机关。";
        return null;
    }

    /// <summary>What makes two submissions one: the same organ, applicant and request, received by
    /// the same channel on the same day (for staff registrations, the Art. 31 receipt date), within
    /// the duplicate window. Never a token the client chooses: a replayed or guessed form token
    /// cannot select someone else's case. The same request received on another day is another
    /// application (answered, if need be, with notProcessed.repeat, 《条例》第三十六条第（六）项).</summary>
    private static string SubmissionKey(int organizationId, ApplicantKind kind, string name, string? idNumber, string? title,
        string description, ApplicationChannel channel, DateOnly? receivedOn)
    {
        var material = string.Join('\u001f', "v2", organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture), ApplicantKinds.Code(kind),
            name, idNumber ?? "", title ?? "", description, ApplicationChannels.Code(channel), receivedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static string? Trim(string? s, int max)
    {
        var t = s?.Trim();
        return string.IsNullOrEmpty(t) ? null : t.Length <= max ? t : t[..max];
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
