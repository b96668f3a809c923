using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Safeguards;

internal sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> b)
    {
        b.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => new { t.OrganizationId, t.HeldOn });
        b.Property(t => t.Topic).HasMaxLength(200);
        b.Property(t => t.Hours).HasPrecision(6, 1);
    }
}

internal sealed class CaseSubmissionConfiguration : IEntityTypeConfiguration<CaseSubmission>
{
    public void Configure(EntityTypeBuilder<CaseSubmission> b)
    {
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.OrganizationId, c.SubmittedOn });
        b.Property(c => c.Title).HasMaxLength(200);
    }
}
