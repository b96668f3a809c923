using System.Text.Json;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.OrganizationFunctions;

/// <summary>The lists of a version (职责, 内设机构, 下属单位, 领导) are stored as JSON text: a version is
/// read and written whole and never queried by its rows, and text columns read the same on SQLite
/// and PostgreSQL.</summary>
internal sealed class OrganizationFunctionsConfiguration : IEntityTypeConfiguration<OrganizationFunctionsVersion>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<OrganizationFunctionsVersion> b)
    {
        b.ToTable("OrganizationFunctionsVersions");
        b.HasOne<Organization>().WithMany().HasForeignKey(v => v.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(v => new { v.OrganizationId, v.Number }).IsUnique();
        // At most one public version per organ, whatever two reviewers do at the same moment.
        b.HasIndex(v => v.OrganizationId, "IX_OrganizationFunctionsVersions_Published").IsUnique().HasFilter("\"Status\" = 'Published'");
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.Stamp).IsConcurrencyToken();
        AsJson(b.Property(v => v.Duties));
        AsJson(b.Property(v => v.InternalBodies));
        AsJson(b.Property(v => v.Subordinates));
        AsJson(b.Property(v => v.Leaders));
        b.Property(v => v.Address).HasMaxLength(200);
        b.Property(v => v.Hours).HasMaxLength(200);
        b.Property(v => v.Phone).HasMaxLength(50);
        b.Property(v => v.Fax).HasMaxLength(50);
        b.Property(v => v.Postcode).HasMaxLength(6);
        b.Property(v => v.Website).HasMaxLength(200);
        b.Property(v => v.CreatedBy).HasMaxLength(100);
        b.Property(v => v.ReviewedBy).HasMaxLength(100);
        b.Property(v => v.ReviewComment).HasMaxLength(1000);
        b.Ignore(v => v.Content);
    }

    private static void AsJson<T>(PropertyBuilder<List<T>> property) => property
        .HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            s => JsonSerializer.Deserialize<List<T>>(s, Json) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, c) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(c, Json),
                v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
                v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, Json), Json)!))
        .IsRequired();
}
