namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>The editable text of one kind of letter, with placeholders in braces ({申请人}, {收到日期} …).
/// Seeded with <see cref="LetterDefaults"/>; system administrators may edit it.</summary>
public sealed class ApplicationLetterTemplate
{
    public required string Key { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
