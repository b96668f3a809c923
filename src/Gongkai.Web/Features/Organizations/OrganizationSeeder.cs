using Gongkai.Domain.Organizations;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Organizations;

/// <summary>Seeds the organs of Jiangjin District from the embedded <c>jiangjin-organizations.tsv</c>.
/// Only organs missing by name are added: administrators' later edits, renames and merges are never
/// undone at the next start (a renamed organ's old name is a former name, so it is not re-added).</summary>
public sealed class OrganizationSeeder(ILogger<OrganizationSeeder> log) : IStartupSeeder
{
    public const string ResourceName = "Gongkai.Web.Data.Seed.jiangjin-organizations.tsv";

    /// <summary>Before identity (100): memberships and every later seed refer to organs.</summary>
    public int Order => 10;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in await db.Set<Organization>().Select(o => o.Name).ToListAsync(ct))
        {
            known.Add(OrganizationNames.Key(name));
        }

        foreach (var name in await db.Set<OrganizationFormerName>().Select(f => f.Name).ToListAsync(ct))
        {
            known.Add(OrganizationNames.Key(name));
        }

        var added = 0;
        foreach (var row in Read())
        {
            if (known.Add(OrganizationNames.Key(row.Name)))
            {
                db.Add(new Organization { Name = row.Name, ShortName = row.ShortName, Kind = row.Kind, SortOrder = row.SortOrder });
                added++;
            }
        }

        if (added > 0)
        {
            await db.SaveChangesAsync(ct);
            log.LogInformation("Seeded {Count} organizations", added);
        }
    }

    /// <summary>The rows of the seed file in file order; sort order counts in tens so that an
    /// administrator can slot an organ in between without renumbering.</summary>
    public static IReadOnlyList<SeedRow> Read()
    {
        using var stream = typeof(OrganizationSeeder).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("缺少内嵌的机关种子文件 " + ResourceName);
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static IReadOnlyList<SeedRow> Parse(string text)
    {
        var rows = new List<SeedRow>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 3 || !Enum.TryParse<OrganizationKind>(fields[2].Trim(), ignoreCase: true, out var kind))
            {
                throw new FormatException($"机关种子文件第 {lineNumber} 行格式不正确：应为“全称<Tab>简称<Tab>类别”。");
            }

            rows.Add(new SeedRow(OrganizationNames.Clean(fields[0]), OrganizationNames.Clean(fields[1]), kind, (rows.Count + 1) * 10));
        }

        return rows;
    }

    public sealed record SeedRow(string Name, string ShortName, OrganizationKind Kind, int SortOrder);
}
