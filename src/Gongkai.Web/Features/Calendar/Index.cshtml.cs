using Gongkai.Domain.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Calendar;

/// <summary>The public calendar: a year's holidays and make-up days month by month, and a
/// deadline calculator. Plain GET forms, so it works without JavaScript and every result has a
/// link that can be shared.</summary>
public sealed class CalendarPageModel(CalendarProvider provider, TimeProvider clock) : PageModel
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private WorkingDayCalendar calendar = WorkingDayCalendar.Official;

    [BindProperty(SupportsGet = true, Name = "year")]
    public string? YearText { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? WorkingDays { get; set; }

    public IReadOnlyCollection<int> Years => calendar.Years;

    public int Year { get; private set; }

    public YearSchedule? Schedule { get; private set; }

    public string? YearError { get; private set; }

    public Deadline? Result { get; private set; }

    public List<string> CalculatorErrors { get; } = [];

    public bool Calculated => From is not null || WorkingDays is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        calendar = await provider.GetAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaOffset).DateTime);

        if (string.IsNullOrEmpty(YearText))
        {
            Year = calendar.HasYear(today.Year) || calendar.Years.Count == 0 ? today.Year : calendar.Years.Max();
        }
        else if (!int.TryParse(YearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || year is < YearSchedule.MinYear or > YearSchedule.MaxYear)
        {
            Year = today.Year;
            YearError = $"年份“{(YearText.Length > 10 ? YearText[..10] : YearText)}”无效，请从下方列表中选择已录入的年份。";
        }
        else
        {
            Year = year;
        }

        Schedule = calendar.Schedule(Year);
        if (Schedule is null && YearError is null)
        {
            YearError = new CalendarYearNotLoadedException(Year).Message;
        }

        if (Calculated)
        {
            Calculate();
        }
    }

    public CalendarDayInfo Describe(DateOnly date) => calendar.Describe(date);

    /// <summary>The weeks of a month, Monday first as Chinese calendars print them; null pads the
    /// days before the 1st and after the last.</summary>
    public IEnumerable<DateOnly?[]> Weeks(int month)
    {
        var first = new DateOnly(Year, month, 1);
        var offset = ((int)first.DayOfWeek + 6) % 7;
        var days = DateTime.DaysInMonth(Year, month);
        for (var start = -offset; start < days; start += 7)
        {
            var week = new DateOnly?[7];
            for (var i = 0; i < 7; i++)
            {
                var n = start + i;
                week[i] = n >= 0 && n < days ? first.AddDays(n) : null;
            }

            yield return week;
        }
    }

    /// <summary>The schedule as the notice reads: consecutive days with one name as one span.</summary>
    public IReadOnlyList<(string Name, ScheduledDayKind Kind, DateOnly First, DateOnly Last)> Spans()
    {
        var spans = new List<(string Name, ScheduledDayKind Kind, DateOnly First, DateOnly Last)>();
        foreach (var day in Schedule?.Days ?? [])
        {
            if (spans.Count > 0 && spans[^1] is var last && last.Name == day.Name && last.Kind == day.Kind && last.Last.AddDays(1) == day.Date)
            {
                spans[^1] = last with { Last = day.Date };
            }
            else
            {
                spans.Add((day.Name, day.Kind, day.Date, day.Date));
            }
        }

        return spans;
    }

    private void Calculate()
    {
        if (!CalendarInput.TryDate(From, "起算日期", out var from, out var fromError))
        {
            CalculatorErrors.Add(fromError!);
        }

        if (!CalendarInput.TryWorkingDays(WorkingDays, out var n, out var nError))
        {
            CalculatorErrors.Add(nError!);
        }

        if (CalculatorErrors.Count > 0)
        {
            return;
        }

        try
        {
            Result = calendar.AddWorkingDays(from, n);
        }
        catch (CalendarYearNotLoadedException ex)
        {
            CalculatorErrors.Add(ex.Message);
        }
    }
}
