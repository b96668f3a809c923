using Gongkai.Domain.ServiceGuides;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.ServiceGuides;

internal sealed class ServiceGuideConfiguration : IEntityTypeConfiguration<ServiceGuide>
{
    public void Configure(EntityTypeBuilder<ServiceGuide> b)
    {
        b.HasOne<Organization>().WithMany().HasForeignKey(g => g.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(g => g.Materials).WithOne().HasForeignKey(m => m.GuideId).OnDelete(DeleteBehavior.Cascade);
        // /bszn lists published guides by organ; the staff list counts each organ's guides by status.
        b.HasIndex(g => new { g.Status, g.OrganizationId });
        b.HasIndex(g => g.Code);
        b.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(g => g.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(g => g.Theme).HasConversion<string>().HasMaxLength(20);
        b.Property(g => g.Name).HasMaxLength(ServiceGuideRules.MaxNameLength);
        b.Property(g => g.Code).HasMaxLength(64);
        b.Property(g => g.Implementer).HasMaxLength(ServiceGuideRules.MaxNameLength);
        b.Property(g => g.HandlingUnit).HasMaxLength(ServiceGuideRules.MaxNameLength);
        b.Property(g => g.Location).HasMaxLength(ServiceGuideRules.MaxShortLength);
        b.Property(g => g.Hours).HasMaxLength(ServiceGuideRules.MaxShortLength);
        b.Property(g => g.OnlineUrl).HasMaxLength(1000);
        b.Property(g => g.ConsultPhone).HasMaxLength(100);
        b.Property(g => g.ComplaintPhone).HasMaxLength(100);
        b.Property(g => g.SubmittedBy).HasMaxLength(100);
        b.Property(g => g.ReviewedBy).HasMaxLength(100);
        b.Property(g => g.ReviewNote).HasMaxLength(1000);
    }
}

internal sealed class ServiceGuideMaterialConfiguration : IEntityTypeConfiguration<ServiceGuideMaterial>
{
    public void Configure(EntityTypeBuilder<ServiceGuideMaterial> b)
    {
        b.HasIndex(m => new { m.GuideId, m.Position });
        b.Property(m => m.Name).HasMaxLength(ServiceGuideRules.MaxNameLength);
        b.Property(m => m.Source).HasMaxLength(ServiceGuideRules.MaxNameLength);
        b.Property(m => m.Requirements).HasMaxLength(ServiceGuideRules.MaxShortLength);
        b.Property(m => m.Form).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.Medium).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class ServiceGuideFileConfiguration : IEntityTypeConfiguration<ServiceGuideFile>
{
    public void Configure(EntityTypeBuilder<ServiceGuideFile> b)
    {
        b.HasOne<ServiceGuide>().WithMany().HasForeignKey(f => f.GuideId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => f.GuideId);
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.FileName).HasMaxLength(255);
        b.Property(f => f.ContentType).HasMaxLength(200);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Property(f => f.UploadedBy).HasMaxLength(100);
    }
}

internal sealed class ServiceGuideSettingsConfiguration : IEntityTypeConfiguration<ServiceGuideSettings>
{
    public void Configure(EntityTypeBuilder<ServiceGuideSettings> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.UpdatedBy).HasMaxLength(100);
    }
}
