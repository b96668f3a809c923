namespace Gongkai.Web.Features.Publications;

/// <summary>A feature that keeps an item's 发文字号 in its own record (the normative-document library
/// validates it and keeps it unique per organ and year). The generic edit page and the update API
/// must then not change the number behind that feature's back.</summary>
public interface IDocumentNumberKeeper
{
    /// <summary>The staff page where the item's number is edited instead, or null when this keeper does not hold the item.</summary>
    Task<string?> EditUrlAsync(int publicationId, CancellationToken ct = default);

    /// <summary>Whether <paramref name="proposed"/> is the kept number written another way (e.g. other brackets).</summary>
    bool SameNumber(string? kept, string proposed);
}
