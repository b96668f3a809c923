using Gongkai.Domain.Consultations;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Web.Features.Consultations;

/// <summary>Consultations as search results (kind <c>consultation</c>): the title, the current draft,
/// the approved comments as the public reads them (display name and masked text, never the writer's
/// name or phone) and the report; found from the opening day on.</summary>
public sealed class ConsultationSearchSource : EntitySearchSource<Consultation>
{
    public const string SourceKind = "consultation";
    public const string Category = "意见征集";

    public override string Kind => SourceKind;

    protected override int BatchSize => 200;

    public override bool Watches(object entity) => entity is Consultation or ConsultationVersion or ConsultationComment;

    public override IEnumerable<SearchChangeKey> ChangesFor(EntityEntry entry, EntityState state)
    {
        switch (entry.Entity)
        {
            case Consultation c:
                yield return new SearchChangeKey(SourceKind, c.Id, Gone: state == EntityState.Deleted);
                break;
            case ConsultationVersion v:
                yield return new SearchChangeKey(SourceKind, v.ConsultationId);
                break;
            case ConsultationComment m when state != EntityState.Added:
                // A new comment is not public; its screening (a modification) is what changes the page.
                yield return new SearchChangeKey(SourceKind, m.ConsultationId);
                break;
        }
    }

    protected override async Task<List<SearchDocument>> ToDocumentsAsync(GongkaiDbContext db, IQueryable<Consultation> consultations, CancellationToken ct)
    {
        var ids = await consultations.Select(c => c.Id).ToListAsync(ct);
        var rows = await db.Set<Consultation>().AsNoTracking().Include(c => c.Versions).Where(c => ids.Contains(c.Id))
            .Join(db.Set<Organization>().Where(o => o.IsActive), c => c.OrganizationId, o => o.Id, (c, o) => new { Consultation = c, Organ = o.Name })
            .ToListAsync(ct);
        var comments = await db.Set<ConsultationComment>().AsNoTracking()
            .Where(m => ids.Contains(m.ConsultationId) && m.Screening == CommentScreening.Approved)
            .Select(m => new { m.ConsultationId, m.DisplayName, m.PublicText, m.AnswerText }).ToListAsync(ct);
        var byConsultation = comments.ToLookup(m => m.ConsultationId);
        return rows.Select(r =>
        {
            var c = r.Consultation;
            var draft = c.Versions.MaxBy(v => v.Number)?.DraftHtml ?? "";
            var publicComments = byConsultation[c.Id].Select(m => $"{(string.IsNullOrWhiteSpace(m.DisplayName) ? CommentRules.AnonymousName : m.DisplayName)}：{m.PublicText} {m.AnswerText}");
            return new SearchDocument
            {
                Kind = SourceKind,
                Id = c.Id,
                Title = c.Title,
                Url = ConsultationUrls.Page(c.Id),
                Body = string.Join('\n', new[] { c.Reason, c.MainQuestions, HtmlText.Of(draft), c.ReportSummary }.Concat(publicComments).Where(s => !string.IsNullOrWhiteSpace(s))),
                OrganizationId = c.OrganizationId,
                OrganizationName = r.Organ,
                Category = Category,
                Genre = c.IsMajorDecision ? "重大行政决策" : "征求意见",
                PublishedAt = new DateTimeOffset(c.OpensOn.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset),
                VisibleFrom = new DateTimeOffset(c.OpensOn.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset),
            };
        }).ToList();
    }
}
