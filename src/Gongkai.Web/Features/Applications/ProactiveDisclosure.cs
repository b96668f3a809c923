using System.Globalization;
using System.Text.Encodings.Web;
using Gongkai.Domain.Applications;
using Gongkai.Domain.Privacy;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications;

/// <summary>《条例》第四十四条: information that is requested repeatedly may be moved into proactive
/// disclosure. From the case this opens a DRAFT publication in the organ's platform through
/// <see cref="PublicationService"/>, so the publication's own rules apply (only the organ's editors
/// create drafts; review before anything is public). The draft carries only the title of the
/// requested information, never the applicant or the free-text description (which may name them).</summary>
public sealed class ProactiveDisclosure(GongkaiDbContext db, ApplicationAccess access, PublicationService publications, AuditTrail audit)
{
    /// <summary>其他法定主动公开信息: the editor moves the draft to a better column when editing it.</summary>
    public const string DefaultColumn = "item-15";

    /// <summary>The id of the case's draft publication: the existing one when the case already opened
    /// one (so a second click creates nothing), otherwise a new draft.</summary>
    public async Task<int> OpenDraftAsync(DisclosureApplication application, CancellationToken ct)
    {
        if (!await access.MayActAsync(application.OrganizationId, ct))
        {
            throw new ApplicationForbiddenException("只有本机关的依申请公开经办人可以将该申请所涉信息转为主动公开（督查人员只能查看）。");
        }

        if (application.ProactivePublicationId is { } existing && await db.Set<Publication>().AnyAsync(p => p.Id == existing, ct))
        {
            return existing;
        }

        int publicationId;
        try
        {
            // Art. 44 is about several applicants asking for the same information: none of them may be named.
            var title = application.InformationTitle.Trim();
            var applicants = await db.Set<DisclosureApplication>().AsNoTracking()
                .Where(a => a.OrganizationId == application.OrganizationId && a.InformationTitle == title)
                .Select(a => a.ApplicantName).Take(200).ToListAsync(ct);
            publicationId = await publications.CreateAsync(application.OrganizationId, DraftFor(application, [application.ApplicantName, .. applicants]), ct);
        }
        catch (PublicationForbiddenException)
        {
            throw new ApplicationForbiddenException("创建主动公开草稿需要同时具有本机关信息发布编辑（Editor）角色。");
        }
        catch (Domain.Publications.PublicationRuleException e)
        {
            throw new ApplicationRuleException("无法创建主动公开草稿：" + e.Message);
        }

        application.ProactivePublicationId = publicationId;
        application.Version = Guid.NewGuid();
        audit.Record("application.proactive", targetType: "application", targetId: application.Id.ToString(CultureInfo.InvariantCulture),
            after: new { publicationId }, organizationId: application.OrganizationId);
        await db.SaveChangesAsync(ct);
        return publicationId;
    }

    private static PublicationInput DraftFor(DisclosureApplication a, IReadOnlyCollection<string> applicantNames)
    {
        var detector = new PersonalInformationDetector(knownNames: applicantNames.Where(n => !string.IsNullOrWhiteSpace(n)));
        var title = Scrub(detector, a.InformationTitle);
        var number = string.IsNullOrWhiteSpace(a.DocumentNumber) ? null : Scrub(detector, a.DocumentNumber);
        var html = HtmlEncoder.Default;
        var body = $"<p>本信息系公众依申请公开的政府信息（申请所涉信息：{html.Encode(title)}"
            + (number is null ? string.Empty : $"，{html.Encode(number)}")
            + "）。根据《中华人民共和国政府信息公开条例》第四十四条，多个申请人就相同政府信息向本机关提出公开申请，"
            + "且该政府信息属于可以公开的，本机关纳入主动公开的范围。</p><p>（草稿：请编辑补充正文，核对无个人信息后提交审核。）</p>";
        return new PublicationInput
        {
            ColumnKey = DefaultColumn,
            Title = title.Length > 300 ? title[..300] : title,
            DocumentNumber = number is { Length: <= 100 } ? number : null,
            FormedOn = a.ReceivedOn ?? DateOnly.FromDateTime(a.SubmittedAt.ToOffset(Shared.ChinaTime.Offset).DateTime),
            Summary = "依申请公开转为主动公开（《政府信息公开条例》第四十四条）。",
            BodyHtml = body,
            Validity = PublicationValidity.Valid,
        };
    }

    /// <summary>Masks what the personal-information detector finds: ID, phone and bank card numbers,
    /// e-mail addresses, and the applicants' names however they were typed ("张 三", full-width,
    /// with zero-width characters), shown as 张*.</summary>
    private static string Scrub(PersonalInformationDetector detector, string text)
    {
        var source = text.Trim();
        var findings = detector.Scan(source);
        var sb = new System.Text.StringBuilder(source.Length);
        var position = 0;
        foreach (var f in findings.Where(f => f.Start >= 0))
        {
            if (f.Start < position)
            {
                continue; // overlapping findings: the first one already covers it
            }

            sb.Append(source, position, f.Start - position).Append(f.Masked);
            position = f.End;
        }

        return sb.Append(source, position, source.Length - position).ToString();
    }
}
