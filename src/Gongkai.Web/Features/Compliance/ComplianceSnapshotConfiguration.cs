using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Compliance;

internal sealed class ComplianceSnapshotConfiguration : IEntityTypeConfiguration<ComplianceSnapshot>
{
    public void Configure(EntityTypeBuilder<ComplianceSnapshot> b)
    {
        b.ToTable("ComplianceSnapshots");
        b.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Findings).WithOne().HasForeignKey(f => f.SnapshotId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.Year, s.Month, s.OrganizationId }).IsUnique();
        b.Property(s => s.Score).HasPrecision(5, 1);
    }
}

internal sealed class ComplianceSnapshotFindingConfiguration : IEntityTypeConfiguration<ComplianceSnapshotFinding>
{
    public void Configure(EntityTypeBuilder<ComplianceSnapshotFinding> b)
    {
        b.ToTable("ComplianceSnapshotFindings");
        b.Property(f => f.IndicatorKey).HasMaxLength(64);
        b.Property(f => f.Level).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(f => new { f.SnapshotId, f.IndicatorKey }).IsUnique();
    }
}
