using Gongkai.Domain.Organizations;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Organizations;

/// <summary>Finds organs for every feature that accepts "organization (id, full or short name)".
/// The matching rules are in <see cref="OrganizationResolver"/>; this reads the candidates.
/// A district has well under a thousand organs, so reading all names per call is cheap and keeps
/// the rules in one pure function rather than split between SQL and C#.</summary>
public sealed class OrganizationDirectory(GongkaiDbContext db)
{
    public Task<Organization?> FindAsync(int id, CancellationToken ct = default) =>
        db.Set<Organization>().Include(o => o.FormerNames).FirstOrDefaultAsync(o => o.Id == id, ct);

    /// <summary>The organ meant by <paramref name="query"/>, or a Chinese message saying why none could be chosen.</summary>
    public async Task<OrganizationMatch> ResolveAsync(string? query, CancellationToken ct = default)
    {
        var candidates = await CandidatesAsync(ct);
        return OrganizationResolver.Resolve(query, candidates);
    }

    /// <summary>The active organ meant by <paramref name="query"/> (its number, or a full, short or former
    /// name, read as <see cref="ResolveAsync"/> reads it), for the APIs and imports that name an organ;
    /// null when none is meant unambiguously or the one meant is no longer active.</summary>
    public async Task<Organization?> FindActiveAsync(string? query, CancellationToken ct = default) =>
        (await ResolveAsync(query, ct)).Id is { } id
            ? await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.IsActive, ct)
            : null;

    /// <summary>Which other organ already uses <paramref name="name"/> as its name, short name or
    /// former name (compared by key), so that a new or changed name never makes resolution ambiguous.</summary>
    public async Task<Organization?> NameOwnerAsync(string name, int? exceptId, CancellationToken ct = default)
    {
        var key = OrganizationNames.Key(name);
        var organizations = await db.Set<Organization>().AsNoTracking().Include(o => o.FormerNames).Where(o => o.Id != exceptId).ToListAsync(ct);
        return organizations.FirstOrDefault(o => OrganizationNames.Key(o.Name) == key || OrganizationNames.Key(o.ShortName) == key
            || o.FormerNames.Any(f => OrganizationNames.Key(f.Name) == key));
    }

    private async Task<List<OrganizationCandidate>> CandidatesAsync(CancellationToken ct)
    {
        var organizations = await db.Set<Organization>().AsNoTracking().Include(o => o.FormerNames).ToListAsync(ct);
        return organizations
            .Select(o => new OrganizationCandidate(o.Id, o.Name, o.ShortName, o.IsActive, o.FormerNames.Select(f => f.Name).ToList()))
            .ToList();
    }
}
