using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Publications;

internal sealed class PublicationColumnConfiguration : IEntityTypeConfiguration<PublicationColumn>
{
    public void Configure(EntityTypeBuilder<PublicationColumn> b)
    {
        b.Property(c => c.Key).HasMaxLength(40);
        b.Property(c => c.Title).HasMaxLength(60);
        b.Property(c => c.StatutoryLabel).HasMaxLength(40);
        b.HasIndex(c => new { c.OrganizationId, c.Key }).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PublicationColumn>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> b)
    {
        ContentColumns.Configure(b);
        b.Property(p => p.IndexNumber).HasMaxLength(40);
        b.HasIndex(p => p.IndexNumber).IsUnique();
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.WithdrawnReason).HasMaxLength(500);
        b.Property(p => p.Version).IsConcurrencyToken();
        // No index on Publication may lead with Status: SQLite then answers the public visibility
        // test (Status = Published OR Status = Scheduled AND ScheduledFor <= now) with a MULTI-INDEX
        // OR over every public item and sorts them all for a LIMIT 10 (32 s at 1,000,000 items).
        // The staff list (Admin/Index): the most recently changed items of one organ, or of all,
        // read in index order and stopped after one page (a status filter across all organs reads
        // along IX_Publication_Updated_District until the page is full).
        b.HasIndex(p => new { p.OrganizationId, p.Status, p.UpdatedAt, p.Id }).HasDatabaseName("IX_Publication_Updated_OrganStatus");
        b.HasIndex(p => new { p.OrganizationId, p.UpdatedAt, p.Id }).HasDatabaseName("IX_Publication_Updated_Organ");
        b.HasIndex(p => new { p.UpdatedAt, p.Id }).HasDatabaseName("IX_Publication_Updated_District");
        // Art. 26 on the staff list (PublicationTimeliness): the items formed in the last year, of
        // some organs or of all, without reading older items.
        b.HasIndex(p => new { p.OrganizationId, p.FormedOn }).HasDatabaseName("IX_Publication_Formed_Organ");
        b.HasIndex(p => p.FormedOn).HasDatabaseName("IX_Publication_Formed_District");
        // The next scheduled time (ScheduledPublications): one seek (ScheduledFor first, see above).
        b.HasIndex(p => new { p.ScheduledFor, p.Status }).HasDatabaseName("IX_Publication_Scheduled");
        // A column's public listing (Portal/Column): its page in index order, newest first, and its
        // count, both judged on the index alone (the visibility test reads Status and ScheduledFor),
        // so page 1 reads 20 rows and a deep page skips index entries, not rows. On the index above
        // the test on Status split the order and SQLite sorted every item of the column. Title last
        // makes it covering for the listing (PublicPageReads): reading the page's 20 rows themselves
        // was four-fifths of an uncached random column page at 1,000,000 items.
        b.HasIndex(p => new { p.ColumnId, p.PublishedAt, p.Id, p.Status, p.ScheduledFor, p.Title }).HasDatabaseName("IX_Publication_Column_List");
        // The home page's 通知公告: the newest items of each notice genre (PortalHome).
        b.HasIndex(p => new { p.Genre, p.PublishedAt, p.Id }).HasDatabaseName("IX_Publication_Genre");
        // PublishedRevisionNumber last makes this index covering for the annual report's district
        // count too; without it SQLite chose this index for that GROUP BY ColumnId and read every
        // row (1.1 s at 1,000,000 items, against 0.09 s on IX_Publication_Report_District).
        b.HasIndex(p => new { p.ColumnId, p.Status, p.PublishedAt, p.PublishedRevisionNumber });
        // The annual report counts one organ's (or every organ's) items published in a year by
        // column: one index range each, never the rows (AnnualReports/PublicationsReportSource).
        b.HasIndex(p => new { p.OrganizationId, p.PublishedAt, p.ColumnId, p.Status, p.PublishedRevisionNumber }).HasDatabaseName("IX_Publication_Report_Organ");
        b.HasIndex(p => new { p.PublishedAt, p.ColumnId, p.Status, p.PublishedRevisionNumber }).HasDatabaseName("IX_Publication_Report_District");
        // The overview judges a year's items late from these columns alone (LateItemsIndicator).
        b.HasIndex(p => new { p.PublishedAt, p.OrganizationId, p.ColumnId, p.FormedOn, p.Status }).HasDatabaseName("IX_Publication_Lateness");
        b.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PublicationColumn>().WithMany().HasForeignKey(p => p.ColumnId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Revisions).WithOne().HasForeignKey(r => r.PublicationId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(p => p.WorkingRevision);
    }
}

internal sealed class PublicationRevisionConfiguration : IEntityTypeConfiguration<PublicationRevision>
{
    public void Configure(EntityTypeBuilder<PublicationRevision> b)
    {
        ContentColumns.Configure(b);
        b.Property(r => r.AuthorName).HasMaxLength(100);
        b.HasIndex(r => new { r.PublicationId, r.Number }).IsUnique();
        b.HasOne<PublicationColumn>().WithMany().HasForeignKey(r => r.ColumnId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReviewActionConfiguration : IEntityTypeConfiguration<ReviewAction>
{
    public void Configure(EntityTypeBuilder<ReviewAction> b)
    {
        b.ToTable("PublicationReviewActions");
        b.Property(a => a.Decision).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.ActorName).HasMaxLength(100);
        b.Property(a => a.Comment).HasMaxLength(1000);
        b.HasIndex(a => new { a.PublicationId, a.At });
        b.HasOne<Publication>().WithMany().HasForeignKey(a => a.PublicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndexSerialConfiguration : IEntityTypeConfiguration<IndexSerial>
{
    public void Configure(EntityTypeBuilder<IndexSerial> b)
    {
        b.HasKey(s => new { s.OrganizationId, s.Year });
        // Two publications in one organ at the same moment must not take the same serial.
        b.Property(s => s.LastSerial).IsConcurrencyToken();
        b.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PublicationSettingsConfiguration : IEntityTypeConfiguration<PublicationSettings>
{
    public void Configure(EntityTypeBuilder<PublicationSettings> b)
    {
        b.HasKey(s => s.OrganizationId);
        b.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal static class ContentColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> b) where T : PublicationContent
    {
        b.Property(c => c.Title).HasMaxLength(300);
        b.Property(c => c.DocumentNumber).HasMaxLength(100);
        b.Property(c => c.Topic).HasMaxLength(50);
        b.Property(c => c.Genre).HasMaxLength(50);
        b.Property(c => c.Validity).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Summary).HasMaxLength(2000);
        b.Property(c => c.RevisionNote).HasMaxLength(1000);
    }
}

internal sealed class StatutoryAssignmentConfiguration : IEntityTypeConfiguration<StatutoryAssignment>
{
    public void Configure(EntityTypeBuilder<StatutoryAssignment> b)
    {
        b.ToTable("PublicationStatutoryAssignments");
        b.Property(a => a.ItemKey).HasMaxLength(40);
        b.Property(a => a.Origin).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Basis).HasMaxLength(200);
        b.Property(a => a.UpdatedBy).HasMaxLength(100);
        b.HasIndex(a => new { a.OrganizationId, a.ItemKey }).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
