using Gongkai.Domain.Organizations;

namespace Gongkai.Domain.TaskDivision;

/// <summary>Resolves the names of a unit cell to organs: first a mapping an administrator saved on
/// an earlier import, then a collective term, then the organisation resolver (full, short and former
/// names). A name that matches nothing, or more than one organ, is reported, never dropped.</summary>
public static class UnitResolver
{
    public static UnitResolution Resolve(
        IEnumerable<string> names,
        IReadOnlyCollection<UnitCandidate> candidates,
        IReadOnlyDictionary<string, int> mappings)
    {
        var ids = new List<int>();
        var unresolved = new List<string>();
        var organizations = candidates.Select(c => c.Organization).ToList();
        foreach (var name in names)
        {
            if (mappings.TryGetValue(OrganizationNames.Key(name), out var mapped))
            {
                AddOnce(ids, mapped);
                continue;
            }

            var collective = CollectiveUnits.Find(name);
            if (collective is not null)
            {
                foreach (var c in candidates.Where(c => c.Organization.IsActive && collective.Groups.Contains(c.Group)).OrderBy(c => c.Organization.Id))
                {
                    AddOnce(ids, c.Organization.Id);
                }

                continue;
            }

            var match = OrganizationResolver.Resolve(name, organizations);
            if (match.Found)
            {
                AddOnce(ids, match.Id!.Value);
            }
            else if (!unresolved.Contains(name, StringComparer.Ordinal))
            {
                unresolved.Add(name);
            }
        }

        return new UnitResolution(ids, unresolved);
    }

    /// <summary>Resolves names through saved mappings only: for a department's internal sections
    /// (科室), which no organ name, short name or collective term may stand for.</summary>
    public static UnitResolution ResolveMapped(IEnumerable<string> names, IReadOnlyDictionary<string, int> mappings)
    {
        var ids = new List<int>();
        var unresolved = new List<string>();
        foreach (var name in names)
        {
            if (mappings.TryGetValue(OrganizationNames.Key(name), out var mapped))
            {
                AddOnce(ids, mapped);
            }
            else if (!unresolved.Contains(name, StringComparer.Ordinal))
            {
                unresolved.Add(name);
            }
        }

        return new UnitResolution(ids, unresolved);
    }

    private static void AddOnce(List<int> ids, int id)
    {
        if (!ids.Contains(id))
        {
            ids.Add(id);
        }
    }
}
