using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Shared.Files;

/// <summary>A file of the <see cref="DatabaseFileStore"/>: its length, SHA-256 and the chunk size it
/// was cut into. Its rows are written and read only by that store, with plain SQL, so that no
/// chunk ever enters EF's change tracker.</summary>
public sealed class StoredFile
{
    public Guid Key { get; set; }

    public long Length { get; set; }

    public string Sha256 { get; set; } = "";

    public int ChunkSize { get; set; }
}

/// <summary>One piece of a <see cref="StoredFile"/>, numbered from 0; every piece but the last is
/// <see cref="StoredFile.ChunkSize"/> bytes long.</summary>
public sealed class StoredFileChunk
{
    public Guid FileKey { get; set; }

    public int Number { get; set; }

    public byte[] Data { get; set; } = [];
}

public sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("StoredFiles");
        builder.HasKey(f => f.Key);
        builder.Property(f => f.Sha256).HasMaxLength(64);
    }
}

public sealed class StoredFileChunkConfiguration : IEntityTypeConfiguration<StoredFileChunk>
{
    public void Configure(EntityTypeBuilder<StoredFileChunk> builder)
    {
        builder.ToTable("StoredFileChunks");
        builder.HasKey(c => new { c.FileKey, c.Number });
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(c => c.FileKey).OnDelete(DeleteBehavior.Cascade);
    }
}
