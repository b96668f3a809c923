using Gongkai.Domain.PowerLists;

namespace Gongkai.Web.Features.PowerLists;

/// <summary>The public views of the lists, as queries (so paging and counting stay in the database).</summary>
public static class PowerListQueries
{
    /// <summary>Items on the current list on <paramref name="today"/> (<see cref="PowerItemVisibility"/>).</summary>
    public static IQueryable<PowerItem> CurrentOn(this IQueryable<PowerItem> items, DateOnly today) =>
        items.Where(i => i.Status == PowerItemStatus.Published
            && (i.EffectiveFrom == null || i.EffectiveFrom <= today)
            && (i.EndsOn == null || i.EndsOn > today));

    /// <summary>Name, sub-item or code contains the text (codes compared normalised).</summary>
    public static IQueryable<PowerItem> Matching(this IQueryable<PowerItem> items, string? q)
    {
        var text = (q ?? "").Trim();
        if (text.Length == 0)
        {
            return items;
        }

        var code = PowerItemCode.Normalize(text);
        return items.Where(i => i.Name.Contains(text) || (i.SubItem != null && i.SubItem.Contains(text)) || i.Code.Contains(code));
    }
}
