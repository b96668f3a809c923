using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.TaskDivision;

internal sealed class TaskMeasureConfiguration : IEntityTypeConfiguration<TaskMeasure>
{
    public void Configure(EntityTypeBuilder<TaskMeasure> b)
    {
        b.Property(m => m.Path).HasMaxLength(40);
        b.HasIndex(m => new { m.NoticeId, m.Path }).IsUnique();
        b.Property(m => m.KeyTaskTitle).HasMaxLength(500);
        b.Property(m => m.SubTaskTitle).HasMaxLength(1000);
        b.Property(m => m.Text).HasMaxLength(4000);
        b.Property(m => m.LeadUnitsText).HasMaxLength(1000);
        b.Property(m => m.ResponsibleUnitsText).HasMaxLength(1000);
        b.Property(m => m.DeadlineCodes).HasMaxLength(500);
        b.Property(m => m.DeadlineText).HasMaxLength(1000);
        b.Property(m => m.DueDateEditReason).HasMaxLength(1000);
        b.HasMany(m => m.Assignments).WithOne().HasForeignKey(a => a.MeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}
