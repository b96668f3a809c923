using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.TaskDivision;

internal sealed class TaskAssessmentCriterionConfiguration : IEntityTypeConfiguration<TaskAssessmentCriterion>
{
    public void Configure(EntityTypeBuilder<TaskAssessmentCriterion> b)
    {
        b.HasOne<TaskNotice>().WithMany().HasForeignKey(c => c.NoticeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.NoticeId, c.IndicatorKey }).IsUnique();
        b.Property(c => c.IndicatorKey).HasMaxLength(64);
        b.Property(c => c.Points).HasPrecision(6, 2);
    }
}
