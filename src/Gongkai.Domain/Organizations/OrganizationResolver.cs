namespace Gongkai.Domain.Organizations;

/// <summary>Finds the organ meant by an id, a full name, a short name or a former name, as later
/// features accept "organization (id, full or short name)" from forms, imports and the API.</summary>
public static class OrganizationResolver
{
    /// <summary>Resolution goes from strict to loose and stops at the first step that finds
    /// anything: an exact current name beats a former name, and an active organ beats an inactive
    /// one under any name, so that after a merge the old name leads to the organ that now carries it.</summary>
    public static OrganizationMatch Resolve(string? query, IReadOnlyCollection<OrganizationCandidate> candidates)
    {
        var cleaned = OrganizationNames.Clean(query);
        if (cleaned.Length == 0)
        {
            return OrganizationMatch.Fail("请填写机关（编号、全称或简称）。");
        }

        if (cleaned.All(char.IsAsciiDigit))
        {
            return int.TryParse(cleaned, out var id) && candidates.Any(c => c.Id == id)
                ? OrganizationMatch.Of(id)
                : OrganizationMatch.Fail($"没有编号为 {cleaned} 的机关。");
        }

        var key = OrganizationNames.Key(cleaned);
        var steps = new Func<OrganizationCandidate, bool>[]
        {
            c => OrganizationNames.Key(c.Name) == key || OrganizationNames.Key(c.ShortName) == key,
            c => c.FormerNames.Any(f => OrganizationNames.Key(f) == key),
            c => OrganizationNames.Variants(c.Name).Contains(key) || OrganizationNames.Variants(c.ShortName).Contains(key),
            c => c.FormerNames.Any(f => OrganizationNames.Variants(f).Contains(key)),
        };

        foreach (var pool in new[] { candidates.Where(c => c.IsActive).ToList(), candidates.ToList() })
        {
            foreach (var step in steps)
            {
                var matches = pool.Where(step).ToList();
                if (matches.Count == 1)
                {
                    return OrganizationMatch.Of(matches[0].Id);
                }

                if (matches.Count > 1)
                {
                    var names = string.Join("、", matches.Select(c => $"{c.Name}（编号 {c.Id}）"));
                    return OrganizationMatch.Ambiguous($"“{cleaned}”对应多个机关：{names}。请填写全称或编号。");
                }
            }
        }

        return OrganizationMatch.Fail($"没有名为“{cleaned}”的机关，请检查名称或改用编号。");
    }
}
