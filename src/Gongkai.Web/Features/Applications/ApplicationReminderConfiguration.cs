using Gongkai.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Applications;

internal sealed class ApplicationReminderConfiguration : IEntityTypeConfiguration<ApplicationReminder>
{
    public void Configure(EntityTypeBuilder<ApplicationReminder> b)
    {
        b.ToTable("ApplicationReminders");
        b.HasOne<DisclosureApplication>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.ApplicationId, r.UserId, r.SentOn }).IsUnique();
        b.HasIndex(r => r.SentOn);
        b.Property(r => r.Kind).HasMaxLength(16);
    }
}
