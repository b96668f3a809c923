using Gongkai.Web.Features.Organizations;

namespace Gongkai.Web.Features.Publications.Portal;

/// <summary>Finds an organ that has a public platform, with its columns (built on first use, then
/// kept in memory until the organ's pages change: <see cref="ColumnTree.PublicAsync"/>).</summary>
public static class PortalOrgan
{
    public static async Task<(Organization Organ, List<PublicationColumn> Columns)?> FindAsync(ColumnTree tree, int id, CancellationToken ct) =>
        await tree.PublicAsync(id, ct) is { } found ? (found.Organ, found.Columns.ToList()) : null;
}
