using Gongkai.Domain.Text;
using Gongkai.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gongkai.Web.Data;

/// <summary>Every title and name saved — any string property called <c>Title</c> or <c>Name</c> or
/// ending so (<c>DisplayName</c>, <c>FileName</c>, <c>ShortName</c>…) of any entity — loses its
/// bidirectional controls (<see cref="BidiControls"/>). Done once here rather
/// than in each feature's service, so that imports, APIs and features still to come are covered.
/// Audit rows are left as written: they are sealed by hash before this runs.</summary>
public sealed class DisplayTextInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Neutralise(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Neutralise(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public static bool IsTitleOrName(string propertyName) =>
        !propertyName.StartsWith("Normalized", StringComparison.Ordinal)
        && (propertyName.EndsWith("Title", StringComparison.Ordinal) || propertyName.EndsWith("Name", StringComparison.Ordinal));

    private static void Neutralise(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified) || entry.Entity is AuditEntry)
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.Metadata.ClrType == typeof(string) && IsTitleOrName(property.Metadata.Name)
                    && property.CurrentValue is string value && BidiControls.Contains(value))
                {
                    property.CurrentValue = BidiControls.Strip(value);
                }
            }
        }
    }
}
