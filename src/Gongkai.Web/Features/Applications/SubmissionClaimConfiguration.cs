using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Applications;

internal sealed class SubmissionClaimConfiguration : IEntityTypeConfiguration<SubmissionClaim>
{
    public void Configure(EntityTypeBuilder<SubmissionClaim> b)
    {
        b.ToTable("ApplicationSubmissionClaims");
        b.HasKey(c => c.Key);
        b.Property(c => c.Key).HasMaxLength(64);
        b.HasIndex(c => c.ClaimedAt);
    }
}
