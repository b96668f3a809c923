namespace Gongkai.Web.Features.Publications;

/// <summary>A column (栏目) of an organ's disclosure platform: one of the four first-level columns
/// of 61号, or a sub-column of 法定主动公开内容 for one statutory item. <see cref="Key"/> is stable
/// and appears in public URLs, so it never changes.</summary>
public sealed class PublicationColumn
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public int? ParentId { get; set; }

    public required string Key { get; set; }

    public required string Title { get; set; }

    /// <summary>The article and item it implements, e.g. 第二十条第（一）项; null for first-level columns.</summary>
    public string? StatutoryLabel { get; set; }

    public int SortOrder { get; set; }
}
