using Gongkai.Domain.DisclosureGuides;
using Gongkai.Domain.OrganizationFunctions;
using Gongkai.Web.Data;
using Gongkai.Web.Features.OrganizationFunctions;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.DisclosureGuides;

/// <summary>The contact details a guide shows : address, hours, phone, fax, postcode and
/// website from the organ's published 机构职能 record when it has one, otherwise from its directory
/// record; the office's name and e-mail always from the directory record. Read each time a guide is
/// shown, so an edited 机构职能 record reaches the guide with nothing else to update.</summary>
public static class GuideContactReader
{
    public static async Task<OrganContact> ForAsync(GongkaiDbContext db, Organization organ, CancellationToken ct) =>
        (await ForAsync(db, [organ], ct))[organ.Id];

    public static async Task<Dictionary<int, OrganContact>> ForAsync(GongkaiDbContext db, IReadOnlyCollection<Organization> organs, CancellationToken ct)
    {
        var ids = organs.Select(o => o.Id).ToList();
        var records = await db.Set<OrganizationFunctionsVersion>().AsNoTracking()
            .Where(v => ids.Contains(v.OrganizationId) && v.Status == FunctionsVersionStatus.Published)
            .Select(v => new { v.OrganizationId, v.Address, v.Hours, v.Phone, v.Fax, v.Postcode, v.Website })
            .ToDictionaryAsync(v => v.OrganizationId, ct);
        return organs.ToDictionary(o => o.Id, o =>
        {
            var name = string.IsNullOrWhiteSpace(o.OfficeName) ? o.Name + "政府信息公开工作机构" : o.OfficeName.Trim();
            return records.TryGetValue(o.Id, out var r)
                ? new OrganContact(name, r.Address, r.Hours, r.Phone, r.Fax ?? o.OfficeFax, r.Postcode, o.OfficeEmail, r.Website, FromFunctionsRecord: true)
                : new OrganContact(name, o.OfficeAddress, o.OfficeHours, o.OfficePhone, o.OfficeFax, null, o.OfficeEmail, null, FromFunctionsRecord: false);
        });
    }
}
