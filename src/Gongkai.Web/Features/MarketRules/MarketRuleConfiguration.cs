using Gongkai.Domain.MarketRules;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.MarketRules;

internal sealed class MarketRuleConfiguration : IEntityTypeConfiguration<MarketRule>
{
    public void Configure(EntityTypeBuilder<MarketRule> b)
    {
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.RuleId).OnDelete(DeleteBehavior.Cascade);
        // /scgz is browsed by industry, newest first.
        b.HasIndex(r => new { r.Industry, r.EffectiveOn });
        b.HasIndex(r => r.OrganizationId);
        b.Property(r => r.Title).HasMaxLength(MarketRuleFields.MaxTitleLength);
        b.Property(r => r.IssuingAuthority).HasMaxLength(MarketRuleFields.MaxNameLength);
        b.Property(r => r.DocumentNumber).HasMaxLength(MarketRuleFields.MaxNameLength);
        b.Property(r => r.Industry).HasMaxLength(50);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Validity).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class MarketRuleAttachmentConfiguration : IEntityTypeConfiguration<MarketRuleAttachment>
{
    public void Configure(EntityTypeBuilder<MarketRuleAttachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
    }
}
