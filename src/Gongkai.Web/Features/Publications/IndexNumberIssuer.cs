using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications;

/// <summary>Issues 索引号 from <see cref="IndexSerial"/> and keeps the serial ahead of numbers that
/// came in from elsewhere (bulk import), so a number issued later never collides with one already
/// used. Changes join the caller's unit of work.</summary>
public sealed class IndexNumberIssuer(GongkaiDbContext db)
{
    /// <summary>The next number for the organ and year; <paramref name="atLeast"/> lets an import
    /// skip serials that rows later in the same file will claim.</summary>
    public async Task<string> NextAsync(int organizationId, int year, CancellationToken ct, int atLeast = 0)
    {
        var serial = await SerialAsync(organizationId, year, ct);
        serial.LastSerial = Math.Max(serial.LastSerial, atLeast) + 1;
        return IndexNumber.Create(await CreditCodeAsync(organizationId, ct), organizationId, year, serial.LastSerial).ToString();
    }

    /// <summary>The organ code the organ's numbers start with: its credit code or its placeholder.</summary>
    public async Task<string> OrganCodeAsync(int organizationId, CancellationToken ct) =>
        IndexNumber.Create(await CreditCodeAsync(organizationId, ct), organizationId, 2000, 1).OrganCode;

    /// <summary>Moves the serial of whichever organ issues numbers with this code past an imported number.</summary>
    public async Task RecordUsedAsync(IndexNumber used, CancellationToken ct)
    {
        var owners = await db.Set<Organization>().Where(o => o.CreditCode == used.OrganCode).Select(o => o.Id).ToListAsync(ct);
        if (used.HasPlaceholderCode && int.TryParse(used.OrganCode.AsSpan(IndexNumber.PlaceholderPrefix.Length), out var placeholderId))
        {
            owners.Add(placeholderId);
        }

        foreach (var organizationId in owners.Distinct())
        {
            if (await db.Set<Organization>().AnyAsync(o => o.Id == organizationId, ct))
            {
                var serial = await SerialAsync(organizationId, used.Year, ct);
                serial.LastSerial = Math.Max(serial.LastSerial, used.Serial);
            }
        }
    }

    private async Task<IndexSerial> SerialAsync(int organizationId, int year, CancellationToken ct)
    {
        var serial = db.Set<IndexSerial>().Local.FirstOrDefault(s => s.OrganizationId == organizationId && s.Year == year)
            ?? await db.Set<IndexSerial>().FirstOrDefaultAsync(s => s.OrganizationId == organizationId && s.Year == year, ct);
        if (serial is null)
        {
            serial = new IndexSerial { OrganizationId = organizationId, Year = year };
            db.Add(serial);
        }

        return serial;
    }

    private Task<string?> CreditCodeAsync(int organizationId, CancellationToken ct) =>
        db.Set<Organization>().Where(o => o.Id == organizationId).Select(o => o.CreditCode).FirstOrDefaultAsync(ct);
}
