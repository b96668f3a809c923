using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Publications.Attachments;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<PublicationAttachment>
{
    public void Configure(EntityTypeBuilder<PublicationAttachment> b)
    {
        b.ToTable("PublicationAttachments");
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.UploaderName).HasMaxLength(100);
        b.Property(a => a.TextStatus).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(a => new { a.PublicationId, a.RevisionNumber });
        b.HasIndex(a => a.StoredName);
        b.HasOne<Publication>().WithMany().HasForeignKey(a => a.PublicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
