using Gongkai.Domain.Consultations;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Consultations.Admin;

/// <summary>What the staff forms share: the organs the person may open consultations and keep the
/// catalogue for (through <see cref="ConsultationAccess"/>, the same check as the API), the logging of
/// refusals, and which form field a service refusal belongs to.</summary>
public sealed class ConsultationStaff(GongkaiDbContext db, ConsultationAccess access, OrganizationAdminAccess organAccess)
{
    public async Task<List<Organization>> EditableOrgansAsync(CancellationToken ct)
    {
        var readable = await access.ReadableOrganizationsAsync(ct);
        var organs = await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && (readable == null || readable.Contains(o.Id)))
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Take(500).ToListAsync(ct);
        var editable = new List<Organization>();
        foreach (var organ in organs)
        {
            if (await access.CanEditAsync(organ.Id, ct))
            {
                editable.Add(organ);
            }
        }

        return editable;
    }

    public Task DeniedAsync(int? organizationId, string action, CancellationToken ct) => organAccess.RecordDenialAsync(organizationId, action, ct);

    /// <summary>The form property a service refusal belongs to, found by the API field key the service
    /// reports (<see cref="FieldError.Field"/>); "" when the field is not on the form.</summary>
    public static string FieldOf(FieldError error) => Fields.GetValueOrDefault(error.Field, "");

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["shortWindowReason"] = nameof(OpenForm.ShortWindowReason),
        ["closesOn"] = nameof(OpenForm.ClosesOn),
        ["opensOn"] = nameof(OpenForm.OpensOn),
        ["draftHtml"] = nameof(OpenForm.DraftHtml),
        ["majorDecisionId"] = nameof(OpenForm.MajorDecisionId),
        ["mainQuestions"] = nameof(OpenForm.MainQuestions),
        ["waysToRespond"] = nameof(OpenForm.WaysToRespond),
        ["title"] = nameof(OpenForm.Title),
        ["reason"] = nameof(OpenForm.Reason),
    };
}

/// <summary>The 新建征求意见 form; becomes the API's <see cref="ConsultationInput"/>.</summary>
public sealed class OpenForm
{
    public int OrganizationId { get; set; }

    public string? Title { get; set; }

    public string? DraftHtml { get; set; }

    public string? Reason { get; set; }

    public string? MainQuestions { get; set; }

    public string? WaysToRespond { get; set; }

    public DateOnly? OpensOn { get; set; }

    public DateOnly? ClosesOn { get; set; }

    public bool MajorDecision { get; set; }

    public string? ShortWindowReason { get; set; }

    public int? MajorDecisionId { get; set; }

    public ConsultationInput ToInput() => new(OrganizationId.ToString(System.Globalization.CultureInfo.InvariantCulture), Title, DraftHtml,
        OpensOn, ClosesOn, MajorDecision, ShortWindowReason, Reason, MainQuestions, WaysToRespond, MajorDecisionId);
}

/// <summary>An item of the 重大行政决策事项目录 as the staff form posts it.</summary>
public sealed class DecisionForm
{
    public int? Year { get; set; }

    public string? Name { get; set; }

    public string? LeadOrgan { get; set; }

    public string? LegalBasis { get; set; }

    public string? PlannedTime { get; set; }

    public bool NeedsHearing { get; set; }

    public bool NeedsExpertReview { get; set; }

    public bool NeedsRiskAssessment { get; set; }

    public MajorDecisionInput ToInput(int organizationId) => new(organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture), Year, Name, LeadOrgan,
        LegalBasis, PlannedTime, NeedsHearing, NeedsExpertReview, NeedsRiskAssessment);
}
