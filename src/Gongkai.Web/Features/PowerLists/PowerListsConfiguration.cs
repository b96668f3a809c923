using Gongkai.Domain.PowerLists;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.PowerLists;

internal sealed class PowerItemConfiguration : IEntityTypeConfiguration<PowerItem>
{
    public void Configure(EntityTypeBuilder<PowerItem> b)
    {
        b.HasOne<Organization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // 事项编码 is unique within the organ, cancelled items included: their pages stay.
        b.HasIndex(i => new { i.OrganizationId, i.Code }).IsUnique();
        // The district list (/qzqd) counts the current items per type and reads a page in
        // (Type, OrganizationId, Code) order across every organ: this index covers both, so neither
        // the counts nor the page read a table row or sort (60,000 items: the district-list benchmark).
        b.HasIndex(i => new { i.Status, i.Type, i.OrganizationId, i.Code, i.EffectiveFrom, i.EndsOn })
            .HasDatabaseName("IX_PowerItem_District");
        b.Property(i => i.Code).HasMaxLength(PowerItemCode.MaxLength);
        b.Property(i => i.Name).HasMaxLength(PowerListReader.MaxNameLength);
        b.Property(i => i.SubItem).HasMaxLength(PowerListReader.MaxNameLength);
        b.Property(i => i.Subject).HasMaxLength(PowerListReader.MaxNameLength);
        b.Property(i => i.HandlingUnit).HasMaxLength(PowerListReader.MaxNameLength);
        b.Property(i => i.Phone).HasMaxLength(100);
        b.Property(i => i.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.EndKind).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class PowerAdjustmentConfiguration : IEntityTypeConfiguration<PowerAdjustment>
{
    public void Configure(EntityTypeBuilder<PowerAdjustment> b)
    {
        b.HasOne<PowerItem>().WithMany().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.OrganizationId, a.EffectiveOn });
        b.HasIndex(a => a.ItemId);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Basis).HasMaxLength(1000);
        b.Property(a => a.RecordedBy).HasMaxLength(100);
    }
}

internal sealed class PowerListBatchConfiguration : IEntityTypeConfiguration<PowerListBatch>
{
    public void Configure(EntityTypeBuilder<PowerListBatch> b)
    {
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OrganizationId, x.Status });
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Summary).HasMaxLength(300);
        b.Property(x => x.SubmittedBy).HasMaxLength(100);
        b.Property(x => x.ReviewedBy).HasMaxLength(100);
        b.Property(x => x.ReviewNote).HasMaxLength(1000);
    }
}
