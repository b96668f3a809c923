using Gongkai.Domain.Applications;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Applications;

internal sealed class DisclosureApplicationConfiguration : IEntityTypeConfiguration<DisclosureApplication>
{
    public void Configure(EntityTypeBuilder<DisclosureApplication> b)
    {
        b.ToTable("DisclosureApplications");
        b.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => a.TrackingCode).IsUnique();
        b.HasIndex(a => a.SubmissionKey);
        b.HasIndex(a => a.IdNumberIndex);
        b.HasIndex(a => a.PhoneIndex);
        // The queues and the reminders: open cases of one organ (or of all) by due date. Partial
        // indexes on "IsOpen" because EF writes the filter as a bare WHERE "IsOpen", which SQLite
        // cannot match against an (IsOpen, …) index column: with those it scanned every case and
        // sorted (queue time grew with all cases, not with the open ones). Only open cases are in
        // them (~5 %), and Id last serves the ORDER BY DueOn, Id tie-break without a sort.
        b.HasIndex(a => new { a.OrganizationId, a.DueOn, a.Id }, "IX_DisclosureApplications_Open_OrganizationId_DueOn").HasFilter("\"IsOpen\"");
        b.HasIndex(a => new { a.DueOn, a.Id }, "IX_DisclosureApplications_Open_DueOn").HasFilter("\"IsOpen\"");
        // The annual report (ApplicationsReportSource): by organ, or district-wide, and date of
        // receipt or reply, with the grouped columns in the index so the rows are never read.
        b.HasIndex(a => new { a.OrganizationId, a.ReceivedOn, a.RepliedOn, a.Outcome, a.ApplicantKind }).HasDatabaseName("IX_DisclosureApplications_Report_OrganReceived");
        b.HasIndex(a => new { a.OrganizationId, a.RepliedOn, a.ReceivedOn, a.Outcome, a.ApplicantKind }).HasDatabaseName("IX_DisclosureApplications_Report_OrganReplied");
        b.HasIndex(a => new { a.ReceivedOn, a.RepliedOn, a.Outcome, a.ApplicantKind }).HasDatabaseName("IX_DisclosureApplications_Report_Received");
        b.HasIndex(a => new { a.RepliedOn, a.ReceivedOn, a.Outcome, a.ApplicantKind }).HasDatabaseName("IX_DisclosureApplications_Report_Replied");
        // The overview counts replies given after their due date per organ from the index alone. Organ
        // first, like the report index on (organ, reply date): with the same usable prefix SQLite then
        // takes this covering one instead of reading a million rows for DueOn (9.6 s → index-only).
        b.HasIndex(a => new { a.OrganizationId, a.RepliedOn, a.DueOn }).HasDatabaseName("IX_DisclosureApplications_LateReplies");
        b.Property(a => a.TrackingCode).HasMaxLength(20);
        b.Property(a => a.QueryPasswordHash).HasMaxLength(200);
        // Stage, channel and applicant kind are enums in code and their API codes in the database
        // (the strings stored before they were enums), so the report indexes, raw SQL and old rows
        // all keep working without a migration.
        b.Property(a => a.ApplicantKind).HasMaxLength(32).HasConversion(k => ApplicantKinds.Code(k), s => ApplicantKinds.FromCode(s));
        b.Property(a => a.ApplicantName).HasMaxLength(200);
        b.Property(a => a.IdentityProof).HasMaxLength(100);
        b.Property(a => a.IdNumberIndex).HasMaxLength(64);
        b.Property(a => a.PhoneIndex).HasMaxLength(64);
        b.Property(a => a.IdNumberWarning).HasMaxLength(200);
        b.Property(a => a.InformationTitle).HasMaxLength(500);
        b.Property(a => a.DocumentNumber).HasMaxLength(200);
        b.Property(a => a.Description).HasMaxLength(4000);
        b.Property(a => a.FormWanted).HasMaxLength(32);
        b.Property(a => a.Delivery).HasMaxLength(32);
        b.Property(a => a.Channel).HasMaxLength(32).HasConversion(c => ApplicationChannels.Code(c), s => ApplicationChannels.FromCode(s));
        b.Property(a => a.ReceiptEvidence).HasMaxLength(500);
        b.Property(a => a.RegisteredBy).HasMaxLength(100);
        b.Property(a => a.SubmissionKey).HasMaxLength(64);
        b.Property(a => a.Stage).HasMaxLength(32).HasConversion(v => ApplicationStages.Code(v), s => ApplicationStages.FromCode(s));
        b.Property(a => a.Outcome).HasMaxLength(64);
        b.Property(a => a.ReconsiderationResult).HasMaxLength(32);
        b.Property(a => a.LitigationResult).HasMaxLength(32);
        b.Property(a => a.Version).IsConcurrencyToken();
    }
}
