using Gongkai.Domain.DisclosureGuides;
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

internal sealed class GuideHeadingSettingsConfiguration : IEntityTypeConfiguration<GuideHeadingSettings>
{
    public void Configure(EntityTypeBuilder<GuideHeadingSettings> b)
    {
        b.ToTable("GuideHeadingSettings");
        b.Property(s => s.Id).ValueGeneratedNever();
        foreach (var name in new[] { nameof(GuideHeadingSettings.Holdings), nameof(GuideHeadingSettings.Channels), nameof(GuideHeadingSettings.Application),
                     nameof(GuideHeadingSettings.Office), nameof(GuideHeadingSettings.OtherMatters) })
        {
            b.Property<string>(name).HasMaxLength(GuideHeadingSet.MaxLength);
        }

        b.Property(s => s.UpdatedBy).HasMaxLength(100);
    }
}
