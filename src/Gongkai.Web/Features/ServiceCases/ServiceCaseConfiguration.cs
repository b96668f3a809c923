using Gongkai.Domain.ServiceCases;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.ServiceCases;

internal sealed class ServiceCaseConfiguration : IEntityTypeConfiguration<ServiceCase>
{
    public void Configure(EntityTypeBuilder<ServiceCase> b)
    {
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.Number).IsUnique();
        // The public statistics and the overdue indicator read a year's cases per organ.
        b.HasIndex(c => new { c.OrganizationId, c.AcceptedOn });
        b.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.Number).HasMaxLength(ServiceCaseRules.MaxNumberLength);
        b.Property(c => c.ItemCode).HasMaxLength(ServiceCaseRules.MaxNumberLength);
        b.Property(c => c.ItemName).HasMaxLength(ServiceCaseRules.MaxNameLength);
        b.Property(c => c.ApplicantCipher).HasMaxLength(2000);
        b.Property(c => c.PhoneCheck).HasMaxLength(64);
        b.Property(c => c.IdCheck).HasMaxLength(64);
        b.Property(c => c.CurrentStep).HasMaxLength(ServiceCaseRules.MaxNameLength);
        b.Property(c => c.Result).HasMaxLength(ServiceCaseRules.MaxTextLength);
    }
}

internal sealed class ServiceCaseStepConfiguration : IEntityTypeConfiguration<ServiceCaseStep>
{
    public void Configure(EntityTypeBuilder<ServiceCaseStep> b)
    {
        b.HasIndex(s => new { s.CaseId, s.Position });
        b.Property(s => s.Name).HasMaxLength(ServiceCaseRules.MaxNameLength);
    }
}
