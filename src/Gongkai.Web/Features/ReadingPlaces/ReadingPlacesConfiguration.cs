using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.ReadingPlaces;

internal sealed class ReadingPlaceConfiguration : IEntityTypeConfiguration<ReadingPlace>
{
    public void Configure(EntityTypeBuilder<ReadingPlace> b)
    {
        b.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => p.OrganizationId);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Address).HasMaxLength(300);
        b.Property(p => p.Hours).HasMaxLength(200);
        b.Property(p => p.Phone).HasMaxLength(50);
        b.Property(p => p.MapUrl).HasMaxLength(500);
    }
}

internal sealed class ReadingPlaceVisitConfiguration : IEntityTypeConfiguration<ReadingPlaceVisit>
{
    public void Configure(EntityTypeBuilder<ReadingPlaceVisit> b)
    {
        b.HasOne<ReadingPlace>().WithMany().HasForeignKey(v => v.PlaceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(v => new { v.PlaceId, v.VisitedOn });
        b.Property(v => v.RecordedBy).HasMaxLength(100);
    }
}

internal sealed class ReadingPlaceApplicationConfiguration : IEntityTypeConfiguration<ReadingPlaceApplication>
{
    public void Configure(EntityTypeBuilder<ReadingPlaceApplication> b)
    {
        b.HasOne<ReadingPlaceVisit>().WithMany().HasForeignKey(a => a.VisitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DisclosureApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.ApplicationId).IsUnique();
    }
}
