using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.StandardCatalogs;

internal sealed class CatalogueAreaConfiguration : IEntityTypeConfiguration<CatalogueArea>
{
    public void Configure(EntityTypeBuilder<CatalogueArea> b)
    {
        b.HasIndex(a => a.Number).IsUnique();
        b.Property(a => a.Name).HasMaxLength(100);
    }
}

internal sealed class CatalogueAdoptionConfiguration : IEntityTypeConfiguration<CatalogueAdoption>
{
    public void Configure(EntityTypeBuilder<CatalogueAdoption> b)
    {
        b.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CatalogueArea>().WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.OrganizationId, a.AreaId }).IsUnique();
    }
}

internal sealed class CatalogueEntryConfiguration : IEntityTypeConfiguration<CatalogueEntry>
{
    public void Configure(EntityTypeBuilder<CatalogueEntry> b)
    {
        b.HasOne<CatalogueArea>().WithMany().HasForeignKey(e => e.AreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PublicationColumn>().WithMany().HasForeignKey(e => e.ColumnId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(e => new { e.OrganizationId, e.AreaId, e.Sequence });
        b.HasIndex(e => e.ColumnId);
        b.Property(e => e.TimeLimitKind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Audience).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Mode).HasConversion<string>().HasMaxLength(20);
        b.Ignore(e => e.OnWebsite);
    }
}
