using System.Globalization;

namespace Gongkai.Web.Features.Publications;

/// <summary>The body of <c>POST /api/v1/publications</c> and <c>PUT /api/v1/publications/{id}</c>:
/// the draft form's fields. Dates and the validity are text so that a bad value gets a Chinese
/// message (422) rather than a bare binding error. <c>scheduledFor</c> is China time, <c>yyyy-MM-ddTHH:mm</c>.</summary>
public sealed record PublicationApiInput(
    int? OrganizationId,
    string? Column,
    string? Title,
    string? DocumentNumber,
    string? Topic,
    string? Genre,
    string? Validity,
    string? SignedOn,
    string? FormedOn,
    string? Summary,
    string? BodyHtml,
    string? ScheduledFor,
    string? RevisionNote)
{
    /// <summary>The service's input, or the Chinese reasons the text could not be read.</summary>
    public (PublicationInput? Input, string? Error) ToInput()
    {
        var errors = new List<string>();
        if (!PublicationLabels.TryParseValidity(Validity, out var validity))
        {
            errors.Add("有效性应为 有效、已修改、已废止 或 失效。");
        }

        var signedOn = Date(SignedOn, "成文日期 signedOn", errors);
        var formedOn = Date(FormedOn, "生成日期 formedOn", errors);
        DateTime? scheduledFor = null;
        if (!string.IsNullOrWhiteSpace(ScheduledFor))
        {
            if (DateTime.TryParseExact(ScheduledFor.Trim(), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"],
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                scheduledFor = at;
            }
            else
            {
                errors.Add("定时发布时间 scheduledFor 应为 yyyy-MM-ddTHH:mm（北京时间）。");
            }
        }

        if (errors.Count > 0)
        {
            return (null, string.Join(" ", errors));
        }

        return (new PublicationInput
        {
            ColumnKey = Column is null ? null : Domain.Publications.ImportCells.CategoryKey(Column),
            Title = Title,
            DocumentNumber = DocumentNumber,
            Topic = Topic,
            Genre = Genre,
            Validity = validity,
            SignedOn = signedOn,
            FormedOn = formedOn,
            Summary = Summary,
            BodyHtml = BodyHtml,
            ScheduledFor = scheduledFor,
            RevisionNote = RevisionNote,
        }, null);
    }

    private static DateOnly? Date(string? text, string name, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add($"{name} 应为 yyyy-MM-dd。");
        return null;
    }
}
