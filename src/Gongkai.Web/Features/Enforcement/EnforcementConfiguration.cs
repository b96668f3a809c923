using Gongkai.Domain.Enforcement;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Enforcement;

internal sealed class EnforcementDecisionConfiguration : IEntityTypeConfiguration<EnforcementDecision>
{
    public void Configure(EntityTypeBuilder<EnforcementDecision> b)
    {
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // /zfgs filtered by organ (and year, a DecidedOn range), newest first: read in index order.
        b.HasIndex(d => new { d.Status, d.OrganizationId, d.DecidedOn, d.Id }).HasDatabaseName("IX_EnforcementDecision_Organ");
        // /zfgs filtered by category (the 双公示 view), or unfiltered.
        b.HasIndex(d => new { d.Status, d.Category, d.DecidedOn, d.Id }).HasDatabaseName("IX_EnforcementDecision_Category");
        b.HasIndex(d => new { d.Status, d.DecidedOn, d.Id }).HasDatabaseName("IX_EnforcementDecision_Decided");
        // The 临期/逾期 lists: pending decisions by due date, per organ.
        b.HasIndex(d => new { d.Status, d.OrganizationId, d.PublishBy }).HasDatabaseName("IX_EnforcementDecision_Clock");
        b.HasIndex(d => new { d.Status, d.PublishBy }).HasDatabaseName("IX_EnforcementDecision_Due");
        b.HasIndex(d => new { d.OrganizationId, d.DocumentNumber });
        b.Property(d => d.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.PartyKind).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.WithdrawalKind).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.DocumentNumber).HasMaxLength(EnforcementDecisionReader.MaxShortLength);
        b.Property(d => d.PartyName).HasMaxLength(EnforcementDecisionReader.MaxShortLength);
        b.Property(d => d.PartyIdNumberCipher).HasMaxLength(200);
        b.Property(d => d.PartyCreditCode).HasMaxLength(18);
        b.Property(d => d.Matter).HasMaxLength(EnforcementDecisionReader.MaxShortLength);
        b.Property(d => d.Facts).HasMaxLength(EnforcementDecisionReader.MaxTextLength);
        b.Property(d => d.Basis).HasMaxLength(EnforcementDecisionReader.MaxTextLength);
        b.Property(d => d.Result).HasMaxLength(EnforcementDecisionReader.MaxTextLength);
        b.Property(d => d.FineAmount).HasPrecision(18, 2);
        b.Property(d => d.DueExplanation).HasMaxLength(1000);
        b.Property(d => d.WithdrawalReason).HasMaxLength(1000);
        b.Property(d => d.CreatedBy).HasMaxLength(100);
    }
}
