using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Applications.Letters;

internal sealed class ApplicationLetterTemplateConfiguration : IEntityTypeConfiguration<ApplicationLetterTemplate>
{
    public void Configure(EntityTypeBuilder<ApplicationLetterTemplate> b)
    {
        b.ToTable("ApplicationLetterTemplates");
        b.HasKey(t => t.Key);
        b.Property(t => t.Key).HasMaxLength(64);
        b.Property(t => t.Title).HasMaxLength(100);
        b.Property(t => t.Body).HasMaxLength(20000);
        b.Property(t => t.UpdatedBy).HasMaxLength(100);
    }
}

internal sealed class ApplicationLetterConfiguration : IEntityTypeConfiguration<ApplicationLetter>
{
    public void Configure(EntityTypeBuilder<ApplicationLetter> b)
    {
        b.ToTable("ApplicationLetters");
        b.HasOne<DisclosureApplication>().WithMany().HasForeignKey(l => l.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => l.ApplicationId);
        b.HasIndex(l => new { l.OrganizationId, l.IssuedOn });
        b.HasIndex(l => new { l.OrganizationId, l.Year, l.Serial }).IsUnique();
        b.Property(l => l.Kind).HasMaxLength(64);
        b.Property(l => l.Title).HasMaxLength(100);
        b.Property(l => l.DocumentNumber).HasMaxLength(100);
        b.Property(l => l.CreatedBy).HasMaxLength(100);
    }
}
