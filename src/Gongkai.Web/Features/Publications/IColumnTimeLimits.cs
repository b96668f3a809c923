namespace Gongkai.Web.Features.Publications;

/// <summary>A stricter publication limit than Art. 26's 20 working days for some columns — the
/// organ's standard catalogue (标准目录) sets one per matter. Features that hold such rules register
/// an implementation; columns nobody answers for keep Art. 26.</summary>
public interface IColumnTimeLimits
{
    /// <summary>Column id → limit in working days, for those of <paramref name="columnIds"/> that have one.</summary>
    Task<IReadOnlyDictionary<int, ColumnTimeLimit>> ForColumnsAsync(IReadOnlyCollection<int> columnIds, CancellationToken ct);
}

/// <summary>A column's limit and where it comes from (shown with the deadline).</summary>
public sealed record ColumnTimeLimit(int WorkingDays, string Source);

/// <summary>Combines every registered <see cref="IColumnTimeLimits"/>: the strictest limit wins, and
/// none is looser than Art. 26 (a catalogue cannot extend the statutory limit).</summary>
public sealed class PublicationTimeLimits(IEnumerable<IColumnTimeLimits> sources)
{
    public async Task<IReadOnlyDictionary<int, ColumnTimeLimit>> ForColumnsAsync(IReadOnlyCollection<int> columnIds, CancellationToken ct)
    {
        var result = new Dictionary<int, ColumnTimeLimit>();
        if (columnIds.Count == 0)
        {
            return result;
        }

        foreach (var source in sources)
        {
            foreach (var (column, limit) in await source.ForColumnsAsync(columnIds, ct))
            {
                if (limit.WorkingDays < Domain.Publications.Timeliness.LimitWorkingDays
                    && (!result.TryGetValue(column, out var known) || limit.WorkingDays < known.WorkingDays))
                {
                    result[column] = limit;
                }
            }
        }

        return result;
    }

    public int WorkingDaysFor(IReadOnlyDictionary<int, ColumnTimeLimit> limits, int columnId) =>
        limits.TryGetValue(columnId, out var limit) ? limit.WorkingDays : Domain.Publications.Timeliness.LimitWorkingDays;
}
