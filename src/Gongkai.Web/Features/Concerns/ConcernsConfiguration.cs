using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Concerns;

internal sealed class ConcernDetailsConfiguration : IEntityTypeConfiguration<ConcernDetails>
{
    public void Configure(EntityTypeBuilder<ConcernDetails> b)
    {
        b.ToTable("ConcernDetails");
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.Speakers).HasMaxLength(1000);
        b.Property(d => d.Topic).HasMaxLength(300);
        b.Property(d => d.VideoUrl).HasMaxLength(500);
        b.Property(d => d.PictureUrl).HasMaxLength(500);
        b.Property(d => d.Concern).HasMaxLength(2000);
        b.Property(d => d.ConcernSource).HasMaxLength(200);
        b.HasIndex(d => d.PublicationId).IsUnique();
        b.HasIndex(d => new { d.Kind, d.OrganizationId });
        b.HasOne<Publication>().WithMany().HasForeignKey(d => d.PublicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EmergencyNoticeConfiguration : IEntityTypeConfiguration<EmergencyNotice>
{
    public void Configure(EntityTypeBuilder<EmergencyNotice> b)
    {
        b.ToTable("EmergencyNotices");
        b.Property(n => n.Title).HasMaxLength(200);
        b.Property(n => n.Url).HasMaxLength(500);
        b.Property(n => n.CreatedBy).HasMaxLength(100);
    }
}
