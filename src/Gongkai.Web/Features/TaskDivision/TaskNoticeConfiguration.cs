using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.TaskDivision;

internal sealed class TaskNoticeConfiguration : IEntityTypeConfiguration<TaskNotice>
{
    public void Configure(EntityTypeBuilder<TaskNotice> b)
    {
        b.Property(n => n.Identity).HasMaxLength(300);
        b.HasIndex(n => n.Identity).IsUnique();
        b.Property(n => n.Title).HasMaxLength(300);
        b.Property(n => n.DocumentNumber).HasMaxLength(100);
        b.HasMany(n => n.Measures).WithOne().HasForeignKey(m => m.NoticeId).OnDelete(DeleteBehavior.Cascade);
    }
}
