using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Gongkai.Domain.Privacy;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications.Attachments;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Checks;

/// <summary>The checks run before an item goes public (SECURITY.md S10): personal information in the
/// body and in attachments' text, required catalogue metadata, and internal links that lead nowhere.
/// Blocking findings stop the final approval unless a reviewer overrides them with a reason.
/// The organ's own published office phone, fax and e-mail are allowed, not flagged.</summary>
public sealed partial class PublicationChecks(GongkaiDbContext db, TimeProvider clock)
{
    private const int ShownPerSource = 5;

    public async Task<IReadOnlyList<string>> AllowListAsync(int organizationId, CancellationToken ct = default)
    {
        var organ = await db.Set<Organization>().AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new { o.OfficePhone, o.OfficeFax, o.OfficeEmail }).FirstOrDefaultAsync(ct);
        return organ is null ? [] : new[] { organ.OfficePhone, organ.OfficeFax, organ.OfficeEmail }.OfType<string>().Where(v => v.Length > 0).ToList();
    }

    /// <summary>Checks the revision the reviewers are looking at: the working one, or else the public one.</summary>
    public async Task<PublicationCheckReport> RunAsync(Publication p, CancellationToken ct = default)
    {
        var content = (PublicationContent?)p.WorkingRevision ?? p;
        var revisionNumber = p.WorkingRevisionNumber ?? p.PublishedRevisionNumber ?? 1;
        var findings = new List<PublicationCheckFinding>();
        var detector = new PersonalInformationDetector(await AllowListAsync(p.OrganizationId, ct));

        var bodyFindings = detector.ScanHtml(content.BodyHtml);
        AddPersonalInformation(findings, "正文", bodyFindings, "可使用“一键遮蔽正文个人信息”处理。");
        // What a page publishes besides its text: readable attributes, then every metadata field
        // shown on the item page, in feeds or in search.
        AddPersonalInformation(findings, "正文的提示文字、图片说明或邮件/电话链接", detector.ScanAttributes(content.BodyHtml),
            "可使用“一键遮蔽正文个人信息”处理。");
        AddPersonalInformation(findings, "标题", detector.Scan(content.Title), null);
        AddPersonalInformation(findings, "内容概述", detector.Scan(content.Summary ?? string.Empty), null);
        AddPersonalInformation(findings, "发文字号", detector.Scan(content.DocumentNumber ?? string.Empty), null);
        AddPersonalInformation(findings, "主题分类", detector.Scan(content.Topic ?? string.Empty), null);
        AddPersonalInformation(findings, "体裁分类", detector.Scan(content.Genre ?? string.Empty), null);
        AddPersonalInformation(findings, "修订说明", detector.Scan(content.RevisionNote ?? string.Empty), null);

        var attachments = await db.Set<PublicationAttachment>().AsNoTracking()
            .Where(a => a.PublicationId == p.Id && a.RevisionNumber == revisionNumber).OrderBy(a => a.Id).ToListAsync(ct);
        foreach (var a in attachments)
        {
            AddPersonalInformation(findings, "附件名称", detector.Scan(a.FileName), "请重命名后重新上传。");
            if (a.TextStatus == AttachmentTextStatus.Extracted)
            {
                AddPersonalInformation(findings, $"附件“{a.FileName}”", detector.Scan(a.ExtractedText ?? string.Empty),
                    "附件无法直接遮蔽，请上传遮蔽后的副本并删除原附件。");
            }
            else
            {
                var why = a.TextStatus == AttachmentTextStatus.Failed ? "文字读取失败" : "为图片、OFD 或旧版二进制格式，无法提取文字";
                findings.Add(new(PublicationCheckCategory.AttachmentText, $"附件“{a.FileName}”{why}，未作个人信息检查，请人工核对。", false));
            }
        }

        await CheckMetadataAsync(findings, p, content, ct);
        await CheckLinksAsync(findings, content.BodyHtml, ct);
        return new PublicationCheckReport(findings) { HasBodyPersonalInformation = bodyFindings.Count > 0 || detector.ScanAttributes(content.BodyHtml).Count > 0 };
    }

    private static void AddPersonalInformation(List<PublicationCheckFinding> findings, string source,
        IReadOnlyList<PersonalInformationFinding> found, string? advice)
    {
        if (found.Count == 0)
        {
            return;
        }

        // Only masked values: this text is shown on staff pages and goes into the audit log.
        var shown = string.Join("、", found.Take(ShownPerSource).Select(f => $"{PersonalInformationKinds.Name(f.Kind)} {f.Masked}"));
        var more = found.Count > ShownPerSource ? $"等{found.Count}处" : $"共{found.Count}处";
        findings.Add(new(PublicationCheckCategory.PersonalInformation, $"{source}含个人信息：{shown}（{more}）。{advice}", true));
    }

    private async Task CheckMetadataAsync(List<PublicationCheckFinding> findings, Publication p, PublicationContent content, CancellationToken ct)
    {
        void Missing(string message) => findings.Add(new(PublicationCheckCategory.Metadata, message, true));

        if (string.IsNullOrWhiteSpace(content.Title))
        {
            Missing("缺少标题。");
        }

        var organ = await db.Set<Organization>().AsNoTracking().Where(o => o.Id == p.OrganizationId)
            .Select(o => new { o.Name, o.IsActive }).FirstOrDefaultAsync(ct);
        if (organ is null || string.IsNullOrWhiteSpace(organ.Name))
        {
            Missing("缺少发布机构。");
        }
        else if (!organ.IsActive)
        {
            Missing($"发布机构“{organ.Name}”已撤销或合并，请核对。");
        }

        if (!string.IsNullOrWhiteSpace(content.DocumentNumber) && content.SignedOn is null)
        {
            Missing("有发文字号的文件须填写成文日期。");
        }

        var columnOk = await db.Set<PublicationColumn>().AnyAsync(c => c.Id == content.ColumnId && c.OrganizationId == p.OrganizationId, ct)
            && !await db.Set<PublicationColumn>().AnyAsync(c => c.ParentId == content.ColumnId, ct);
        if (!columnOk)
        {
            Missing("缺少所属栏目（须选择本机关的末级栏目）。");
        }
    }

    private async Task CheckLinksAsync(List<PublicationCheckFinding> findings, string html, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return;
        }

        var document = new HtmlParser().ParseDocument(html);
        var now = clock.GetUtcNow();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            var href = anchor.GetAttribute("href")!.Trim();
            if (!seen.Add(href))
            {
                continue;
            }

            var path = href.Split('?', '#')[0];
            var match = InternalLink().Match(path);
            if (!match.Success)
            {
                continue;
            }

            var orgId = int.Parse(match.Groups["org"].Value, CultureInfo.InvariantCulture);
            bool ok;
            if (match.Groups["item"].Success)
            {
                var itemId = int.Parse(match.Groups["item"].Value, CultureInfo.InvariantCulture);
                ok = await db.Set<Publication>().VisibleAt(now).AnyAsync(x => x.Id == itemId && x.OrganizationId == orgId, ct);
            }
            else if (match.Groups["column"].Success)
            {
                var key = match.Groups["column"].Value;
                ok = await db.Set<PublicationColumn>().AnyAsync(c => c.OrganizationId == orgId && c.Key == key, ct);
            }
            else
            {
                ok = await db.Set<Organization>().AnyAsync(o => o.Id == orgId && o.IsActive, ct);
            }

            if (!ok)
            {
                findings.Add(new(PublicationCheckCategory.BrokenLink, $"正文链接“{href}”指向的页面不存在或未公开。", true));
            }
        }
    }

    /// <summary>Links into the platform, written site-relative as the editor inserts them:
    /// /xxgk/{org}, /xxgk/{org}/{column}, /xxgk/{org}/item/{id}[/files/{n}]. Absolute links are left
    /// alone: another government site may use the same paths.</summary>
    [GeneratedRegex(@"^/xxgk/(?<org>\d{1,9})(?:/item/(?<item>\d{1,9})(?:/files/\d{1,9})?|/(?<column>[A-Za-z0-9-]{1,40}))?/?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InternalLink();
}
