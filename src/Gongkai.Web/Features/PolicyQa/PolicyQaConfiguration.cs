using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.PolicyQa;

internal sealed class PolicyQuestionConfiguration : IEntityTypeConfiguration<PolicyQuestion>
{
    public void Configure(EntityTypeBuilder<PolicyQuestion> b)
    {
        b.HasOne<Organization>().WithMany().HasForeignKey(q => q.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(q => q.Links).WithOne().HasForeignKey(l => l.QuestionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(q => q.OrganizationId);
        b.Property(q => q.Question).HasMaxLength(PolicyQuestion.MaxQuestionLength);
        b.Property(q => q.Answer).HasMaxLength(PolicyQuestion.MaxAnswerLength);
    }
}

internal sealed class PolicyQuestionLinkConfiguration : IEntityTypeConfiguration<PolicyQuestionLink>
{
    public void Configure(EntityTypeBuilder<PolicyQuestionLink> b)
    {
        // Each policy page lists its questions.
        b.HasIndex(l => new { l.Kind, l.PolicyId });
        b.HasIndex(l => new { l.QuestionId, l.Kind, l.PolicyId }).IsUnique();
        b.Property(l => l.Kind).HasConversion<string>().HasMaxLength(30);
    }
}
