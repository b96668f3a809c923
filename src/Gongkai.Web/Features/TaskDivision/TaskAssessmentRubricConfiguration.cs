using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.TaskDivision;

internal sealed class TaskAssessmentRubricConfiguration : IEntityTypeConfiguration<TaskAssessmentRubric>
{
    public void Configure(EntityTypeBuilder<TaskAssessmentRubric> b)
    {
        b.HasKey(r => r.NoticeId);
        b.HasOne<TaskNotice>().WithOne().HasForeignKey<TaskAssessmentRubric>(r => r.NoticeId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.DoneOnTimePoints).HasPrecision(6, 2);
        b.Property(r => r.ReportsFiledPoints).HasPrecision(6, 2);
        b.Property(r => r.EvidencePoints).HasPrecision(6, 2);
    }
}
