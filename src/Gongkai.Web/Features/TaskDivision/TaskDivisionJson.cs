using System.Globalization;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>The JSON shape of an import preview (the API contract).</summary>
public static class TaskDivisionJson
{
    public static object Preview(TaskDivisionPreview preview, int? noticeId = null, bool? created = null) => new
    {
        noticeId,
        created,
        title = preview.Notice!.Title,
        documentNumber = preview.Notice.DocumentNumber,
        year = preview.Notice.Year,
        keyTaskCount = preview.Notice.KeyTasks.Count,
        subTaskCount = preview.Notice.SubTaskCount,
        measureCount = preview.Notice.MeasureCount,
        measures = preview.Measures.Select(p => new
        {
            path = p.Measure.Path,
            text = p.Measure.Text,
            leadUnits = p.Measure.LeadUnits,
            responsibleUnits = p.Measure.ResponsibleUnits,
            deadlines = p.Measure.Deadlines.Select(d => new
            {
                code = d.Code,
                kind = d.Kind.ToString(),
                due = d.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                isDueDate = d.IsDueDate,
                description = d.Describe(),
            }),
            dueDate = p.Measure.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            leadOrganizationIds = p.LeadIds,
            responsibleOrganizationIds = p.ResponsibleIds,
            unresolvedUnits = p.Unresolved,
        }),
        unresolvedUnits = preview.UnresolvedUnits,
        // A table cut off in the copy: what was lost at its end (empty when the table is whole).
        cutOff = preview.Notice.LostRows.Count > 0,
        unitsAreSections = preview.Notice.UnitsAreSections,
        lostRows = preview.Notice.LostRows,
    };
}
