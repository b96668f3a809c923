using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Mailbox;

internal sealed class MailboxLetterConfiguration : IEntityTypeConfiguration<MailboxLetter>
{
    public void Configure(EntityTypeBuilder<MailboxLetter> b)
    {
        b.ToTable("MailboxLetters");
        b.HasOne<Organization>().WithMany().HasForeignKey(l => l.RecipientOrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(l => l.HandlingOrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(l => l.Events).WithOne().HasForeignKey(e => e.LetterId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => l.TrackingCode).IsUnique();
        b.HasIndex(l => l.SubmissionKey);
        // The staff queues: open letters of one organ (or all) by reply deadline; partial on
        // "IsOpen" as the application queues are, so the size of the archive does not matter.
        b.HasIndex(l => new { l.HandlingOrganizationId, l.ReplyBy, l.Id }, "IX_MailboxLetters_Open_Handling_ReplyBy").HasFilter("\"IsOpen\"");
        b.HasIndex(l => new { l.ReplyBy, l.Id }, "IX_MailboxLetters_Open_ReplyBy").HasFilter("\"IsOpen\"");
        // The monthly analysis: a range of receipt dates with every counted column in the index,
        // so a month (or a year) is read from the index alone.
        b.HasIndex(l => new { l.ReceivedOn, l.Type, l.RepliedByOrganizationId, l.HandlingOrganizationId, l.RepliedOn, l.ReplyBy, l.PublishedAt, l.PublishConsent, l.Topic })
            .HasDatabaseName("IX_MailboxLetters_Analysis");
        // The hot topics: the subjects of a period, read from the index rather than the rows.
        b.HasIndex(l => new { l.ReceivedOn, l.Subject }).HasDatabaseName("IX_MailboxLetters_Subjects");
        // Public list of published letters, newest first.
        b.HasIndex(l => new { l.PublishedAt, l.Id }, "IX_MailboxLetters_Published").HasFilter("\"PublishedAt\" IS NOT NULL");
        b.Property(l => l.TrackingCode).HasMaxLength(20);
        b.Property(l => l.QueryPasswordHash).HasMaxLength(200);
        b.Property(l => l.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.Stage).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.Subject).HasMaxLength(100);
        b.Property(l => l.Content).HasMaxLength(5000);
        b.Property(l => l.Topic).HasMaxLength(50);
        b.Property(l => l.SubmissionKey).HasMaxLength(64);
        b.Property(l => l.RegisteredBy).HasMaxLength(256);
        b.Property(l => l.ReplyText).HasMaxLength(5000);
        b.Property(l => l.PublishedSubject).HasMaxLength(100);
        b.Property(l => l.PublishedContent).HasMaxLength(5000);
        b.Property(l => l.PublishedReply).HasMaxLength(5000);
        b.Property(l => l.MaskingReport).HasMaxLength(4000);
        b.Property(l => l.Version).IsConcurrencyToken();
    }
}

internal sealed class LetterEventRecordConfiguration : IEntityTypeConfiguration<LetterEventRecord>
{
    public void Configure(EntityTypeBuilder<LetterEventRecord> b)
    {
        b.ToTable("MailboxLetterEvents");
        b.HasIndex(e => e.LetterId);
        b.Property(e => e.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Text).HasMaxLength(5000);
        b.Property(e => e.Approver).HasMaxLength(100);
        b.Property(e => e.RecordedBy).HasMaxLength(256);
    }
}

internal sealed class LetterAttachmentConfiguration : IEntityTypeConfiguration<LetterAttachment>
{
    public void Configure(EntityTypeBuilder<LetterAttachment> b)
    {
        b.ToTable("MailboxLetterAttachments");
        b.HasOne<MailboxLetter>().WithMany().HasForeignKey(a => a.LetterId).OnDelete(DeleteBehavior.Cascade);
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
    }
}

internal sealed class LetterReminderConfiguration : IEntityTypeConfiguration<LetterReminder>
{
    public void Configure(EntityTypeBuilder<LetterReminder> b)
    {
        b.ToTable("MailboxLetterReminders");
        b.HasOne<MailboxLetter>().WithMany().HasForeignKey(r => r.LetterId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.LetterId, r.UserId, r.Kind, r.DueOn }).IsUnique();
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
    }
}
