using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.Property(o => o.Name).HasMaxLength(100);
        b.Property(o => o.ShortName).HasMaxLength(50);
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.CreditCode).HasMaxLength(18);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasIndex(o => o.Name).IsUnique();
        b.HasMany(o => o.FormerNames).WithOne().HasForeignKey(f => f.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(o => o.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        b.Property(o => o.Sector).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Organization>().WithMany().HasForeignKey(o => o.SupervisingOrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrganizationFormerNameConfiguration : IEntityTypeConfiguration<OrganizationFormerName>
{
    public void Configure(EntityTypeBuilder<OrganizationFormerName> b)
    {
        b.Property(f => f.Name).HasMaxLength(100);
        b.HasIndex(f => f.Name);
    }
}
