using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.NormativeDocuments;

internal sealed class NormativeDocumentConfiguration : IEntityTypeConfiguration<NormativeDocument>
{
    public void Configure(EntityTypeBuilder<NormativeDocument> b)
    {
        b.ToTable("NormativeDocuments");
        b.Ignore(d => d.History);
        b.Ignore(d => d.IssuedOn);
        b.Property(d => d.DocumentNumber).HasMaxLength(100);
        b.Property(d => d.NumberPrefix).HasMaxLength(60);
        b.Property(d => d.JointIssuers).HasMaxLength(500);
        b.Property(d => d.FilingNumber).HasMaxLength(100);
        b.Property(d => d.FilingResult).HasMaxLength(500);
        b.Property(d => d.LegalBasis).HasMaxLength(2000);
        b.Property(d => d.Validity).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(d => d.PublicationId).IsUnique();
        // 发文字号 is unique per organ, prefix and year.
        b.HasIndex(d => new { d.OrganizationId, d.NumberPrefix, d.NumberYear, d.NumberSerial }).IsUnique();
        b.HasIndex(d => d.DocumentNumber);
        b.HasOne<Publication>().WithMany().HasForeignKey(d => d.PublicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Changes).WithOne().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NormativeChangeConfiguration : IEntityTypeConfiguration<NormativeChange>
{
    public void Configure(EntityTypeBuilder<NormativeChange> b)
    {
        b.ToTable("NormativeChanges");
        b.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Note).HasMaxLength(500);
        b.HasOne<NormativeDocument>().WithMany().HasForeignKey(c => c.CauseDocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<NormativeCleanup>().WithMany().HasForeignKey(c => c.CleanupId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NormativeRelationConfiguration : IEntityTypeConfiguration<NormativeRelation>
{
    public void Configure(EntityTypeBuilder<NormativeRelation> b)
    {
        b.ToTable("NormativeRelations");
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(r => new { r.FromDocumentId, r.ToDocumentId, r.Kind }).IsUnique();
        b.HasIndex(r => r.ToDocumentId);
        b.HasOne<NormativeDocument>().WithMany().HasForeignKey(r => r.FromDocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<NormativeDocument>().WithMany().HasForeignKey(r => r.ToDocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NormativeCleanupConfiguration : IEntityTypeConfiguration<NormativeCleanup>
{
    public void Configure(EntityTypeBuilder<NormativeCleanup> b)
    {
        b.ToTable("NormativeCleanups");
        b.Property(c => c.Title).HasMaxLength(200);
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.CleanupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NormativeCleanupItemConfiguration : IEntityTypeConfiguration<NormativeCleanupItem>
{
    public void Configure(EntityTypeBuilder<NormativeCleanupItem> b)
    {
        b.ToTable("NormativeCleanupItems");
        b.Property(i => i.Decision).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(i => new { i.CleanupId, i.DocumentId }).IsUnique();
        b.HasOne<NormativeDocument>().WithMany().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CompilationConfiguration : IEntityTypeConfiguration<Compilation>
{
    public void Configure(EntityTypeBuilder<Compilation> b)
    {
        b.ToTable("NormativeCompilations");
        b.Property(c => c.Title).HasMaxLength(200);
        b.Property(c => c.Description).HasMaxLength(2000);
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.CompilationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CompilationItemConfiguration : IEntityTypeConfiguration<CompilationItem>
{
    public void Configure(EntityTypeBuilder<CompilationItem> b)
    {
        b.ToTable("NormativeCompilationItems");
        b.HasIndex(i => new { i.CompilationId, i.DocumentId }).IsUnique();
        b.HasOne<NormativeDocument>().WithMany().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
