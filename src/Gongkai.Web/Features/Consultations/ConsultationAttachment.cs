using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Consultations;

/// <summary>A file published with one draft version (起草说明, 修改对照表, a map or a table). It is
/// frozen with its version: a later version carries its own files, and comments on an earlier version
/// still see the files that version had.</summary>
public sealed class ConsultationAttachment : Applications.Attachments.StoredUpload
{
    public int VersionId { get; set; }
}

internal sealed class ConsultationAttachmentConfiguration : IEntityTypeConfiguration<ConsultationAttachment>
{
    public void Configure(EntityTypeBuilder<ConsultationAttachment> b)
    {
        b.ToTable("ConsultationAttachments");
        b.HasOne<ConsultationVersion>().WithMany().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
    }
}
