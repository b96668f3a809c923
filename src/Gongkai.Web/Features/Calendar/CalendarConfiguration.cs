using Gongkai.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Web.Features.Calendar;

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> b)
    {
        b.ToTable("CalendarYears");
        b.HasKey(y => y.Year);
        b.Property(y => y.Year).ValueGeneratedNever();
        b.Property(y => y.Source).HasMaxLength(200);
        b.Property(y => y.UpdatedBy).HasMaxLength(256);
        b.HasMany(y => y.Days).WithOne().HasForeignKey(d => d.Year).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> b)
    {
        b.ToTable("CalendarDays");
        b.HasIndex(d => d.Date).IsUnique();
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(d => d.Name).HasMaxLength(YearSchedule.MaxNameLength);
    }
}
