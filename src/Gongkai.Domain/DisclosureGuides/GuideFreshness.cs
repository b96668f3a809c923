namespace Gongkai.Domain.DisclosureGuides;

/// <summary>Art. 12 wants the 指南 kept up to date (及时更新). The platform flags a guide that has not
/// been touched in the current calendar year (China time), and one that was never written.</summary>
public static class GuideFreshness
{
    public static bool IsStale(DateOnly? updatedOn, DateOnly today) => updatedOn is not { } on || on.Year < today.Year;
}
