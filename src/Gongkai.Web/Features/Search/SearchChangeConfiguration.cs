using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Search;

internal sealed class SearchChangeConfiguration : IEntityTypeConfiguration<SearchChange>
{
    public void Configure(EntityTypeBuilder<SearchChange> b)
    {
        b.Property(c => c.SourceKind).HasMaxLength(32);
    }
}
