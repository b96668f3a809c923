using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications;

/// <summary>The organ an application is addressed to: resolved from what the person typed (an id,
/// a full or short name), and its name for pages and mails.</summary>
public sealed class ApplicationOrganizations(GongkaiDbContext db, OrganizationDirectory directory)
{
    public Task<string?> NameAsync(int id, CancellationToken ct) =>
        db.Set<Organization>().Where(o => o.Id == id).Select(o => (string?)o.Name).FirstOrDefaultAsync(ct);

    /// <summary>The active organ <paramref name="value"/> names, or null with a Chinese message under
    /// <c>organization</c> in <paramref name="errors"/>.</summary>
    public async Task<int?> ResolveAsync(string? value, IDictionary<string, string> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors["organization"] = "请选择受理申请的行政机关。";
            return null;
        }

        if (int.TryParse(value, out var id))
        {
            if (await db.Set<Organization>().AnyAsync(o => o.Id == id && o.IsActive, ct))
            {
                return id;
            }

            errors["organization"] = $"未找到编号为{id}的行政机关。";
            return null;
        }

        var match = await directory.ResolveAsync(value, ct);
        if (match.Id is { } found)
        {
            return found;
        }

        errors["organization"] = match.Error ?? "未找到该行政机关。";
        return null;
    }
}
