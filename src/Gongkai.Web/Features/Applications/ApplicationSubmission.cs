using System.Globalization;
using Gongkai.Domain.Applications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Shared.Mail;
using Gongkai.Web.Shared.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Applications;

/// <summary>Submission (online, by the public) and registration (offline channels, by the organ's
/// case handlers) of an application. The fields are checked by <see cref="ApplicationInputRules"/>,
/// the organ and the files here; a double submission (<see cref="SubmissionKey"/>) answers the first
/// case and changes nothing. The case, its claim, its files and the audit entry are saved together
/// or not at all.</summary>
public sealed class ApplicationSubmission(
    GongkaiDbContext db,
    ApplicationOrganizations organizations,
    ApplicationAccess access,
    ApplicationClock clock,
    PersonalDataProtector protector,
    Attachments.ApplicationAttachments attachments,
    AuditTrail audit,
    IMailSender mail,
    IOptions<ApplicationOptions> options,
    ILogger<ApplicationSubmission> log)
{
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

        var organization = await organizations.NameAsync(result.Application.OrganizationId, ct) ?? "";
        // CancellationToken.None: the case is saved; a client that disconnects now should still get its mail.
        var mailed = await mail.SendAsync(ApplicationMails.Receipt(mailTo, organization, result.Application, result.Password), CancellationToken.None);
        log.LogInformation("Receipt of application {Code} {Outcome}", result.Application.TrackingCode, mailed ? "mailed" : "not mailed");
        return result with { Mailed = mailed };
    }

    private async Task<(SubmitResult Result, string? MailTo)> SubmitCoreAsync(ApplicationInput input, bool byStaff, IReadOnlyList<IFormFile> files, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var organizationId = await organizations.ResolveAsync(input.Organization, errors, ct);
        var idNumber = PersonalDataProtector.Normalize(input.IdNumber);
        var checkedInput = ApplicationInputRules.Check(input.ToRequest(), idNumber, byStaff, clock.Today, errors);
        var checkedFiles = attachments.Check(files, errors);
        if (errors.Count > 0 || checkedInput is not { } c || organizationId is not { } organ)
        {
            log.LogInformation("Application refused: {Fields}", string.Join(",", errors.Keys));
            throw new ApplicationInputException(errors);
        }

        if (byStaff && !await access.MayActAsync(organ, ct))
        {
            throw new ApplicationForbiddenException("只有本机关的依申请公开经办人可以登记申请。");
        }

        if (c.ReceivedOn is { } received)
        {
            // Fails now, with the calendar's message, rather than leaving a case without a due date.
            var calendar = await clock.CalendarAsync(ct);
            _ = calendar.Describe(received);
        }

        var key = SubmissionKey.Of(organ, c.Kind, c.Name, idNumber, c.Title, c.Description, c.Channel, c.ReceivedOn);
        var now = clock.Now;
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
            var application = NewApplication(input, c, organ, idNumber, password, key, now, byStaff ? access.UserName : null);
            if (c.ReceivedOn is { } on)
            {
                var receivedEvent = new CheckedEvent(ApplicationEventType.Received, on, null, null, null);
                application.Events.Add(ApplicationEvents.NewRecord(receivedEvent, new ApplicationEventInput { Note = input.ReceiptEvidence }, access.UserName, now));
            }

            await clock.RecomputeAsync(application, ct);
            // Files are written first; unless the rows commit with the application, they are removed again.
            var stored = await attachments.StoreAsync(checkedFiles, ct);
            var saved = false;
            try
            {
                saved = await SaveAsync(application, new SubmissionClaim { Key = key, ClaimedAt = now }, since, stored, byStaff, retryOnConflict: attempt < 3, ct);
            }
            finally
            {
                if (!saved)
                {
                    await attachments.DiscardAsync(stored);
                }
            }

            if (saved)
            {
                return (new SubmitResult(application, password, false), ApplicationText.OrNull(c.Email));
            }
        }
    }

    /// <summary>Saves the case with its claim, stored files and (for a registration) audit entry in
    /// one transaction; false when it is not done — a concurrent twin's claim won, or the connection
    /// failed (PostgreSQL restarting) — and the caller's next pass answers with the twin or saves again.</summary>
    private async Task<bool> SaveAsync(DisclosureApplication application, SubmissionClaim claim, DateTimeOffset expiredBefore,
        List<Attachments.ApplicationAttachment> stored, bool byStaff, bool retryOnConflict, CancellationToken ct)
    {
        // Expired claims go first (this key's and anyone's), then the claim and the application
        // are inserted in one transaction: a concurrent twin fails on the claim's key.
        await db.Set<SubmissionClaim>().Where(c => c.ClaimedAt < expiredBefore).ExecuteDeleteAsync(ct);
        db.Add(claim);
        db.Add(application);
        await using var transaction = await db.Database.BeginTransactionRetryingAsync(ct);
        if (!await db.TrySaveClaimedAsync(transaction, retryOnConflict, "an application", log, [claim, application, .. application.Events], ct))
        {
            return false;
        }

        if (byStaff)
        {
            audit.Record("application.registered", targetType: "application", targetId: application.Id.ToString(CultureInfo.InvariantCulture),
                after: new { application.TrackingCode, Channel = ApplicationChannels.Code(application.Channel), application.ReceivedOn, application.IdNumberWarning, attachments = stored.Count },
                organizationId: application.OrganizationId);
        }

        stored.ForEach(f => f.ApplicationId = application.Id);
        db.AddRange(stored);
        return await db.TryCommitClaimedAsync(transaction, retryOnConflict, "application " + application.TrackingCode, log,
            [claim, application, .. application.Events, .. stored], ct);
    }

    private DisclosureApplication NewApplication(ApplicationInput input, CheckedApplication c, int organizationId, string? idNumber,
        string password, string key, DateTimeOffset now, string? registeredBy) => new()
        {
            OrganizationId = organizationId,
            TrackingCode = QueryPassword.NewTrackingCode(),
            QueryPasswordHash = QueryPassword.Hash(password),
            ApplicantKind = c.Kind,
            ApplicantName = c.Name,
            IdentityProof = ApplicationText.Trim(input.IdentityProof, 100) ?? (c.Kind == ApplicantKind.NaturalPerson ? "居民身份证" : null),
            IdNumberCipher = protector.Encrypt(idNumber),
            IdNumberIndex = protector.Index(idNumber),
            IdNumberWarning = c.IdNumberWarning,
            PhoneCipher = protector.Encrypt(ApplicationText.OrNull(c.Phone)),
            PhoneIndex = protector.Index(c.Phone),
            AddressCipher = protector.Encrypt(ApplicationText.OrNull(c.Address)),
            EmailCipher = protector.Encrypt(ApplicationText.OrNull(c.Email)),
            InformationTitle = string.IsNullOrEmpty(c.Title) ? ApplicationText.Shorten(c.Description, 60) : c.Title,
            DocumentNumber = ApplicationText.Trim(input.DocumentNumber, 200),
            Description = c.Description,
            FormWanted = c.FormWanted,
            Delivery = c.Delivery,
            Channel = c.Channel,
            ReceiptEvidence = ApplicationText.Trim(input.ReceiptEvidence, 500),
            SubmittedAt = now,
            RegisteredBy = registeredBy,
            SubmissionKey = key,
            Stage = ApplicationStage.AwaitingConfirmation,
        };
}
