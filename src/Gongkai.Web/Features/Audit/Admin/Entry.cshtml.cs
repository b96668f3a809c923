using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Web.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Audit.Admin;

/// <summary>One audit row with its before/after values.</summary>
[Authorize(Policy = Policies.AuditAdmin)]
public sealed class EntryModel(GongkaiDbContext db) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public AuditEntry Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long sequence, CancellationToken ct)
    {
        var entry = await db.Set<AuditEntry>().AsNoTracking().SingleOrDefaultAsync(e => e.Sequence == sequence, ct);
        if (entry is null)
        {
            return NotFound();
        }

        Entry = entry;
        return Page();
    }

    /// <summary>Indents stored JSON for reading; anything else is shown as stored.</summary>
    public static string? Pretty(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        try
        {
            using var doc = JsonDocument.Parse(value);
            return JsonSerializer.Serialize(doc.RootElement, Indented);
        }
        catch (JsonException)
        {
            return value;
        }
    }
}
