using Gongkai.Domain.PolicyQa;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Interpretations;
using Gongkai.Web.Features.NormativeDocuments;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PolicyQa;

/// <summary>Keeps the questions and answers (an editor of the keeping organ; every change audited)
/// and reads what the public sees: the questions of a policy, and the public policies of a question.</summary>
public sealed class PolicyQaService(GongkaiDbContext db, StaffAccess staff, AuditTrail audit, NormativeLibrary library, PolicyQaCache cache, TimeProvider clock)
{
    public const string TargetType = "PolicyQuestion";

    public Task<bool> CanEditAsync(int organizationId, CancellationToken ct) => staff.HasRoleAsync(organizationId, BusinessRole.Editor, ct);

    public async Task<(int? Id, List<string> Errors)> SaveAsync(int organizationId, int? id, string? question, string? answer, string? policies, CancellationToken ct)
    {
        if (!await CanEditAsync(organizationId, ct))
        {
            return (null, ["您不是该机关的编辑人员，不能维护其政策问答。"]);
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(question) || question.Length > PolicyQuestion.MaxQuestionLength)
        {
            errors.Add($"问题不能为空，且不超过 {PolicyQuestion.MaxQuestionLength} 个字。");
        }

        if (string.IsNullOrWhiteSpace(answer) || answer.Length > PolicyQuestion.MaxAnswerLength)
        {
            errors.Add($"回答不能为空，且不超过 {PolicyQuestion.MaxAnswerLength} 个字。");
        }

        var references = PolicyReference.ParseLines(policies, out var parseErrors);
        errors.AddRange(parseErrors);
        if (references.Count == 0 && parseErrors.Count == 0)
        {
            errors.Add("请填写本问答所解答的政策（规范性文件的发文字号，或文件、解读的页面地址），每行一个。");
        }

        var links = await ResolveAsync(references, errors, ct);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = clock.GetUtcNow();
        PolicyQuestion q;
        object? before = null;
        if (id is { } existing)
        {
            q = await db.Set<PolicyQuestion>().Include(x => x.Links).FirstOrDefaultAsync(x => x.Id == existing && x.OrganizationId == organizationId, ct)
                ?? throw new KeyNotFoundException();
            before = Snapshot(q);
            db.RemoveRange(q.Links);
            q.Links = [];
        }
        else
        {
            q = new PolicyQuestion { OrganizationId = organizationId, CreatedAt = now };
            db.Add(q);
        }

        q.Question = question!.Trim();
        q.Answer = answer!.Trim();
        q.UpdatedAt = now;
        q.Links.AddRange(links.Distinct().Select(l => new PolicyQuestionLink { Kind = l.Kind, PolicyId = l.Id }));
        await db.SaveChangesAsync(ct);
        audit.Record(id is null ? "policyQa.created" : "policyQa.updated", targetType: TargetType, targetId: Id(q.Id), before: before, after: Snapshot(q),
            organizationId: organizationId);
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
        return (q.Id, []);
    }

    public async Task<bool> DeleteAsync(int organizationId, int id, CancellationToken ct)
    {
        var q = await db.Set<PolicyQuestion>().Include(x => x.Links).FirstOrDefaultAsync(x => x.Id == id && x.OrganizationId == organizationId, ct);
        if (q is null || !await CanEditAsync(organizationId, ct))
        {
            return false;
        }

        db.Remove(q);
        audit.Record("policyQa.deleted", targetType: TargetType, targetId: Id(id), before: Snapshot(q), organizationId: organizationId);
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
        return true;
    }

    private async Task<List<(PolicyKind Kind, int Id)>> ResolveAsync(List<PolicyReference> references, List<string> errors, CancellationToken ct)
    {
        var links = new List<(PolicyKind, int)>();
        foreach (var r in references)
        {
            int? found = r switch
            {
                { Kind: PolicyKind.NormativeDocument, Id: { } docId } =>
                    await db.Set<NormativeDocument>().AnyAsync(d => d.Id == docId, ct) ? docId : null,
                { Kind: PolicyKind.NormativeDocument, DocumentNumber: { } number } =>
                    await db.Set<NormativeDocument>().Where(d => d.DocumentNumber == number).OrderByDescending(d => d.Id).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct),
                { Kind: PolicyKind.Interpretation, Id: { } publicationId } =>
                    await db.Set<PolicyInterpretation>().AnyAsync(i => i.PublicationId == publicationId, ct) ? publicationId : null,
                _ => null,
            };
            if (found is { } f)
            {
                links.Add((r.Kind, f));
            }
            else
            {
                errors.Add(r.DocumentNumber is { } n ? $"没有发文字号为“{n}”的规范性文件。" : $"没有找到{(r.Kind == PolicyKind.Interpretation ? "政策解读" : "规范性文件")}（编号 {r.Id}）。");
            }
        }

        return links;
    }

    /// <summary>The questions linked to one policy, for its public page.</summary>
    public Task<List<PolicyQuestion>> ForPolicyAsync(PolicyKind kind, int policyId, CancellationToken ct) =>
        db.Set<PolicyQuestion>().AsNoTracking().Where(q => q.Links.Any(l => l.Kind == kind && l.PolicyId == policyId))
            .OrderBy(q => q.Id).Take(100).ToListAsync(ct);

    /// <summary>The linked policies the public may see now: (kind, id, title, url).</summary>
    public async Task<List<PolicyLinkView>> PublicPoliciesAsync(IEnumerable<PolicyQuestionLink> links, CancellationToken ct)
    {
        var list = links.ToList();
        var docIds = list.Where(l => l.Kind == PolicyKind.NormativeDocument).Select(l => l.PolicyId).ToList();
        var interpretationIds = list.Where(l => l.Kind == PolicyKind.Interpretation).Select(l => l.PolicyId).ToList();
        var docs = await library.RowsAsync(await library.Visible().Include(d => d.Changes).Where(d => docIds.Contains(d.Id)).ToListAsync(ct), ct);
        var interpretations = await db.Set<Publication>().AsNoTracking().VisibleAt(clock.GetUtcNow()).Where(p => interpretationIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Title }).ToListAsync(ct);
        return docs.Select(d => new PolicyLinkView(PolicyKind.NormativeDocument, d.Document.Id, $"{d.Title}（{d.Document.DocumentNumber}）", $"/gfxwj/{d.Document.Id}"))
            .Concat(interpretations.Select(i => new PolicyLinkView(PolicyKind.Interpretation, i.Id, i.Title, $"/zcjd/{i.Id}")))
            .ToList();
    }

    /// <summary>The links as the staff form shows them, one page address a line.</summary>
    public static string LinesOf(IEnumerable<PolicyQuestionLink> links) =>
        string.Join("\n", links.Select(l => l.Kind == PolicyKind.NormativeDocument ? $"/gfxwj/{l.PolicyId}" : $"/zcjd/{l.PolicyId}"));

    private static object Snapshot(PolicyQuestion q) => new
    {
        q.Question,
        answerLength = q.Answer.Length,
        links = LinesOf(q.Links),
    };

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record PolicyLinkView(PolicyKind Kind, int Id, string Title, string Url);
