using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.DisclosureGuides;

internal sealed class DisclosureGuideConfiguration : IEntityTypeConfiguration<DisclosureGuide>
{
    public void Configure(EntityTypeBuilder<DisclosureGuide> b)
    {
        b.HasKey(g => g.OrganizationId);
        b.HasOne<Organization>().WithOne().HasForeignKey<DisclosureGuide>(g => g.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(g => g.UpdatedBy).HasMaxLength(100);
        b.Property(g => g.Version).IsConcurrencyToken();
    }
}
