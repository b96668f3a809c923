namespace Gongkai.Domain.Applications;

/// <summary>The information processing fee of 国办函〔2020〕109号 (REGULATIONS.md §2.2): by item
/// (按件, the applicant's cumulative applications in one calendar month) or by volume (按量, pages
/// of one application), both progressive (超额累进). An application uses one method, never both.</summary>
public static class FeeCalculator
{
    /// <summary>The fee for <paramref name="items"/> new items when the applicant already had
    /// <paramref name="earlierItemsThisMonth"/> in the same calendar month: items 1–10 free, 11–30
    /// at 100 元, then each band of 10 costs 100 元 more per item (31–40 at 200, 41–50 at 300 …).</summary>
    public static FeeQuote ByItem(int earlierItemsThisMonth, int items)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(earlierItemsThisMonth);
        ArgumentOutOfRangeException.ThrowIfNegative(items);
        var bands = new SortedDictionary<(int From, int Rate), int>();
        for (var n = earlierItemsThisMonth + 1; n <= earlierItemsThisMonth + items; n++)
        {
            var rate = ItemRate(n);
            if (rate == 0)
            {
                continue;
            }

            var from = n <= 30 ? 11 : 31 + ((n - 31) / 10 * 10);
            bands[(from, rate)] = bands.GetValueOrDefault((from, rate)) + 1;
        }

        return new FeeQuote(
            bands.Sum(b => (decimal)b.Key.Rate * b.Value),
            bands.Select(b => $"第{b.Key.From}件起档：{b.Value}件×{b.Key.Rate}元={b.Value * b.Key.Rate}元").ToList());
    }

    /// <summary>The rate of the n-th item of the month, in 元.</summary>
    public static int ItemRate(int n) => n switch
    {
        <= 10 => 0,
        <= 30 => 100,
        _ => 200 + ((n - 31) / 10 * 100),
    };

    /// <summary>The fee for <paramref name="pages"/> pages of one application: 1–30 free, 31–100 at
    /// 10 元, 101–200 at 20 元, 201 and above at 40 元, each band charged only for its own pages.</summary>
    public static FeeQuote ByVolume(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        (int From, int To, int Rate)[] table = [(31, 100, 10), (101, 200, 20), (201, int.MaxValue, 40)];
        var lines = new List<string>();
        decimal total = 0;
        foreach (var (from, to, rate) in table)
        {
            var count = Math.Min(pages, to) - from + 1;
            if (count <= 0)
            {
                continue;
            }

            total += (decimal)count * rate;
            lines.Add($"第{from}至{Math.Min(pages, to)}页：{count}页×{rate}元={count * rate}元");
        }

        return new FeeQuote(total, lines);
    }
}
