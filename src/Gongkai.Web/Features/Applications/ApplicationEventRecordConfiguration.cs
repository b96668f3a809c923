using Gongkai.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Applications;

internal sealed class ApplicationEventRecordConfiguration : IEntityTypeConfiguration<ApplicationEventRecord>
{
    public void Configure(EntityTypeBuilder<ApplicationEventRecord> b)
    {
        b.ToTable("DisclosureApplicationEvents");
        b.HasIndex(e => e.ApplicationId);
        // The annual report's table 四 reads the (few) appeal events by type and date.
        b.HasIndex(e => new { e.Type, e.On });
        // The type's API code, as stored before it was an enum (ApplicationEventTypes.Code).
        b.Property(e => e.Type).HasMaxLength(64).HasConversion(t => ApplicationEventTypes.Code(t), s => ApplicationEventTypes.FromCode(s));
        b.Property(e => e.Outcome).HasMaxLength(64);
        b.Property(e => e.Approver).HasMaxLength(100);
        b.Property(e => e.Amount).HasPrecision(12, 2);
        b.Property(e => e.AppealResult).HasMaxLength(32);
        b.Property(e => e.Delivery).HasMaxLength(32);
        b.Property(e => e.Note).HasMaxLength(2000);
        b.Property(e => e.RecordedBy).HasMaxLength(100);
    }
}
