using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.AnnualReports;

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> b)
    {
        b.HasIndex(r => new { r.OrganizationId, r.Year }).IsUnique();
        b.Property(r => r.TemplateVersion).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.UpdatedBy).HasMaxLength(100);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.Narratives);
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Publication>().WithMany().HasForeignKey(r => r.PublicationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AnnualReportAdjustmentConfiguration : IEntityTypeConfiguration<AnnualReportAdjustment>
{
    public void Configure(EntityTypeBuilder<AnnualReportAdjustment> b)
    {
        b.HasIndex(a => new { a.OrganizationId, a.Year, a.TableKey, a.RowKey, a.ColumnKey }).IsUnique();
        b.HasIndex(a => a.Year);
        b.Property(a => a.TableKey).HasMaxLength(40);
        b.Property(a => a.RowKey).HasMaxLength(60);
        b.Property(a => a.ColumnKey).HasMaxLength(60);
        b.Property(a => a.Amount).HasPrecision(18, 4);
        b.Property(a => a.Explanation).HasMaxLength(500);
        b.Property(a => a.UpdatedBy).HasMaxLength(100);
        b.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AnnualReportSettingsConfiguration : IEntityTypeConfiguration<AnnualReportSettings>
{
    public void Configure(EntityTypeBuilder<AnnualReportSettings> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.UpdatedBy).HasMaxLength(100);
    }
}
