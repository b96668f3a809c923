using Gongkai.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.OrganizationFunctions.Portal;

/// <summary>/jgznml: the district 机构职能目录, every organ's published record with a table of
/// contents, and the organs that have not yet published one (so the office sees who is behind).</summary>
[OutputCache(PolicyName = Shared.Caching.PortalCache.PolicyName)]
public sealed class CatalogueModel(GongkaiDbContext db, IOptions<Shared.GongkaiOptions> options) : PageModel
{
    public IReadOnlyList<FunctionsCatalogue.Group> Groups { get; private set; } = [];

    public string Title { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Groups = await FunctionsCatalogue.LoadAsync(db, ct);
        Title = OrganizationFunctionsFeature.CatalogueTitle(options.Value.Site);
    }
}
