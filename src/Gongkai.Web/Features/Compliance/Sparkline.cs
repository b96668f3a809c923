using System.Globalization;
using System.Text;

namespace Gongkai.Web.Features.Compliance;

/// <summary>A small inline SVG line of an organ's monthly scores (0–100) across the twelve months of
/// a year, drawn on the server so the page needs no script.</summary>
public static class Sparkline
{
    private const int Width = 96;
    private const int Height = 20;

    public static string Svg(IReadOnlyDictionary<int, decimal> scoreByMonth, string label)
    {
        var points = scoreByMonth.Where(p => p.Key is >= 1 and <= 12).OrderBy(p => p.Key)
            .Select(p => (X: (p.Key - 1) * (Width - 4) / 11.0 + 2, Y: Height - 2 - (double)Math.Clamp(p.Value, 0, 100) * (Height - 4) / 100))
            .ToList();
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"sparkline\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"");
        svg.Append(System.Net.WebUtility.HtmlEncode(label)).Append("\">");
        if (points.Count > 1)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" points=\"");
            svg.AppendJoin(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")));
            svg.Append("\"/>");
        }

        if (points.Count > 0)
        {
            var last = points[^1];
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{last.X:0.#}\" cy=\"{last.Y:0.#}\" r=\"2\" fill=\"currentColor\"/>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The accessible text of the line: the months and their scores.</summary>
    public static string Label(IReadOnlyDictionary<int, decimal> scoreByMonth) =>
        scoreByMonth.Count == 0 ? "暂无月度快照"
        : "月度得分：" + string.Join("，", scoreByMonth.OrderBy(p => p.Key).Select(p => $"{p.Key}月 {p.Value:0.#}"));
}
