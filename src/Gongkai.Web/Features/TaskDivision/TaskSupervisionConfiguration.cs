using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.TaskDivision;

internal sealed class TaskSupervisionConfiguration : IEntityTypeConfiguration<TaskSupervision>
{
    public void Configure(EntityTypeBuilder<TaskSupervision> b)
    {
        b.HasIndex(s => new { s.OrganizationId, s.AnsweredAt });
        b.Property(s => s.Message).HasMaxLength(2000);
        b.Property(s => s.Answer).HasMaxLength(4000);
        b.HasOne<TaskMeasure>().WithMany().HasForeignKey(s => s.MeasureId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
