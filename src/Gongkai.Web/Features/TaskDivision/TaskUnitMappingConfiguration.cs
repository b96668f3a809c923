using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.TaskDivision;

internal sealed class TaskUnitMappingConfiguration : IEntityTypeConfiguration<TaskUnitMapping>
{
    public void Configure(EntityTypeBuilder<TaskUnitMapping> b)
    {
        b.Property(m => m.NameKey).HasMaxLength(100);
        b.HasIndex(m => m.NameKey).IsUnique();
        b.Property(m => m.Name).HasMaxLength(100);
        b.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
