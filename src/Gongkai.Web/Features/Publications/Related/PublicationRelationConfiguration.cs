using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Publications.Related;

internal sealed class PublicationRelationConfiguration : IEntityTypeConfiguration<PublicationRelation>
{
    public void Configure(EntityTypeBuilder<PublicationRelation> b)
    {
        b.HasIndex(r => new { r.PublicationId, r.RelatedId }).IsUnique();
        b.HasIndex(r => r.RelatedId);
        b.HasOne<Publication>().WithMany().HasForeignKey(r => r.PublicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Publication>().WithMany().HasForeignKey(r => r.RelatedId).OnDelete(DeleteBehavior.Cascade);
    }
}
