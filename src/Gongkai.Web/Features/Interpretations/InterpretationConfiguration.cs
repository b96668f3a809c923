using Gongkai.Web.Features.NormativeDocuments;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Interpretations;

internal sealed class PolicyInterpretationConfiguration : IEntityTypeConfiguration<PolicyInterpretation>
{
    public void Configure(EntityTypeBuilder<PolicyInterpretation> b)
    {
        b.ToTable("PolicyInterpretations");
        b.Property(i => i.Form).HasConversion<string>().HasMaxLength(30);
        b.Property(i => i.MediaUrl).HasMaxLength(500);
        b.HasIndex(i => i.PublicationId).IsUnique();
        b.HasOne<Publication>().WithMany().HasForeignKey(i => i.PublicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(i => i.Links).WithOne().HasForeignKey(l => l.InterpretationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InterpretationLinkConfiguration : IEntityTypeConfiguration<InterpretationLink>
{
    public void Configure(EntityTypeBuilder<InterpretationLink> b)
    {
        b.ToTable("PolicyInterpretationLinks");
        b.HasIndex(l => new { l.InterpretationId, l.DocumentId }).IsUnique();
        b.HasIndex(l => l.DocumentId);
        b.HasOne<NormativeDocument>().WithMany().HasForeignKey(l => l.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InterpretationReactionConfiguration : IEntityTypeConfiguration<InterpretationReaction>
{
    public void Configure(EntityTypeBuilder<InterpretationReaction> b)
    {
        b.ToTable("PolicyInterpretationReactions");
        b.Property(r => r.Source).HasMaxLength(200);
        b.Property(r => r.Summary).HasMaxLength(2000);
        b.Property(r => r.Response).HasMaxLength(4000);
        b.Property(r => r.RecordedBy).HasMaxLength(100);
        b.HasIndex(r => new { r.OrganizationId, r.PublicationId });
        b.HasOne<Publication>().WithMany().HasForeignKey(r => r.PublicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
