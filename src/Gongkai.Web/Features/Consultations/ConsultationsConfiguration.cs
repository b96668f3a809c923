using Gongkai.Domain.Consultations;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Consultations;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> b)
    {
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MajorDecision>().WithMany().HasForeignKey(c => c.MajorDecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Publication>().WithMany().HasForeignKey(c => c.ResultPublicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Versions).WithOne().HasForeignKey(v => v.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.OrganizationId, c.ClosesOn });
        // The late-report list reads the consultations closed without a report.
        b.HasIndex(c => new { c.ReportPublishedAt, c.ClosesOn });
        b.HasIndex(c => c.ResultPublicationId);
        b.Property(c => c.Title).HasMaxLength(ConsultationService.MaxTitleLength);
        b.Property(c => c.Reason).HasMaxLength(ConsultationService.MaxTextLength);
        b.Property(c => c.MainQuestions).HasMaxLength(ConsultationService.MaxTextLength);
        b.Property(c => c.WaysToRespond).HasMaxLength(ConsultationService.MaxTextLength);
        b.Property(c => c.ShortWindowReason).HasMaxLength(ConsultationWindow.MaxReasonLength);
        b.Property(c => c.CreatedBy).HasMaxLength(100);
        b.Property(c => c.ReportSummary).HasMaxLength(ConsultationService.MaxReportLength);
    }
}

internal sealed class ConsultationVersionConfiguration : IEntityTypeConfiguration<ConsultationVersion>
{
    public void Configure(EntityTypeBuilder<ConsultationVersion> b)
    {
        b.HasIndex(v => new { v.ConsultationId, v.Number }).IsUnique();
        b.Property(v => v.Note).HasMaxLength(ConsultationService.MaxTextLength);
    }
}

internal sealed class ConsultationCommentConfiguration : IEntityTypeConfiguration<ConsultationComment>
{
    public void Configure(EntityTypeBuilder<ConsultationComment> b)
    {
        b.HasOne<Consultation>().WithMany().HasForeignKey(c => c.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ConsultationVersion>().WithMany().HasForeignKey(c => c.VersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ConsultationComment>().WithMany().HasForeignKey(c => c.AnsweredWithId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(c => c.PublicName);
        b.Ignore(c => c.IsAnswered);
        b.HasIndex(c => new { c.ConsultationId, c.Screening });
        b.HasIndex(c => new { c.ConsultationId, c.ContentHash });
        b.Property(c => c.Anchor).HasMaxLength(20);
        b.Property(c => c.AnchorLabel).HasMaxLength(ConsultationHtml.LabelLength + 1);
        b.Property(c => c.Text).HasMaxLength(CommentRules.MaxTextLength);
        b.Property(c => c.PublicText).HasMaxLength(CommentRules.MaxTextLength);
        b.Property(c => c.Name).HasMaxLength(CommentRules.MaxNameLength);
        b.Property(c => c.Phone).HasMaxLength(CommentRules.MaxPhoneLength);
        b.Property(c => c.DisplayName).HasMaxLength(CommentRules.MaxDisplayNameLength);
        b.Property(c => c.ContentHash).HasMaxLength(64);
        b.Property(c => c.PersonalDataFound).HasMaxLength(200);
        b.Property(c => c.Screening).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.ScreeningNote).HasMaxLength(500);
        b.Property(c => c.ScreenedBy).HasMaxLength(100);
        b.Property(c => c.AnswerKind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.AnswerText).HasMaxLength(CommentRules.MaxAnswerLength);
        b.Property(c => c.AnsweredBy).HasMaxLength(100);
    }
}

internal sealed class MajorDecisionConfiguration : IEntityTypeConfiguration<MajorDecision>
{
    public void Configure(EntityTypeBuilder<MajorDecision> b)
    {
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Publication>().WithMany().HasForeignKey(d => d.ResultPublicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => new { d.OrganizationId, d.Year });
        b.Property(d => d.Name).HasMaxLength(ConsultationService.MaxTitleLength);
        b.Property(d => d.LeadOrgan).HasMaxLength(200);
        b.Property(d => d.LegalBasis).HasMaxLength(1000);
        b.Property(d => d.PlannedTime).HasMaxLength(50);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
    }
}
