using System.Globalization;
using System.Net;
using System.Text;

namespace Gongkai.Web.Features.Mailbox;

/// <summary>The analysis charts as inline SVG (no script, no external file, so they pass the site's
/// content security policy and print): a bar chart of counts and a line chart of a series over time.
/// Every bar and point carries a &lt;title&gt; with its figure, read aloud by screen readers.</summary>
public static class AnalysisCharts
{
    private const int Width = 640;
    private const int Height = 240;
    private const int Left = 40;
    private const int Bottom = 40;
    private const int Top = 16;

    public static string Bar(string title, IReadOnlyList<(string Label, int Value)> bars)
    {
        var sb = Open(title);
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var plotW = Width - Left - 10;
        var plotH = Height - Top - Bottom;
        var slot = bars.Count == 0 ? plotW : (double)plotW / bars.Count;
        Axes(sb, max);
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var h = plotH * value / (double)max;
            var x = Left + (i * slot) + (slot * 0.15);
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:F1}\" y=\"{Top + plotH - h:F1}\" width=\"{slot * 0.7:F1}\" height=\"{h:F1}\" fill=\"#b22222\"><title>{E(label)}：{value}</title></rect>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (slot * 0.35):F1}\" y=\"{Height - Bottom + 14}\" font-size=\"11\" text-anchor=\"middle\">{E(Short(label))}</text>");
        }

        return sb.Append("</svg>").ToString();
    }

    public static string Line(string title, IReadOnlyList<(string Label, int Value)> points)
    {
        var sb = Open(title);
        var max = Math.Max(1, points.Count == 0 ? 1 : points.Max(b => b.Value));
        var plotW = Width - Left - 10;
        var plotH = Height - Top - Bottom;
        var step = points.Count <= 1 ? plotW : (double)plotW / (points.Count - 1);
        Axes(sb, max);
        var coords = points.Select((p, i) => (X: Left + (i * step), Y: Top + plotH - (plotH * p.Value / (double)max), p.Label, p.Value)).ToList();
        sb.Append("<polyline fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"2\" points=\"")
            .AppendJoin(' ', coords.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.X:F1},{c.Y:F1}"))).Append("\"/>");
        var labelEvery = Math.Max(1, points.Count / 12);
        for (var i = 0; i < coords.Count; i++)
        {
            var c = coords[i];
            sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{c.X:F1}\" cy=\"{c.Y:F1}\" r=\"3\" fill=\"#1f4e79\"><title>{E(c.Label)}：{c.Value}</title></circle>");
            if (i % labelEvery == 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{c.X:F1}\" y=\"{Height - Bottom + 14}\" font-size=\"11\" text-anchor=\"middle\">{E(c.Label)}</text>");
            }
        }

        return sb.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string title) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{E(title)}\" class=\"chart\"><title>{E(title)}</title>");

    private static void Axes(StringBuilder sb, int max)
    {
        var plotH = Height - Top - Bottom;
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top + plotH}\" x2=\"{Width - 10}\" y2=\"{Top + plotH}\" stroke=\"#666\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + plotH}\" stroke=\"#666\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{Top + 4}\" font-size=\"11\" text-anchor=\"end\">{max}</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{Top + plotH}\" font-size=\"11\" text-anchor=\"end\">0</text>");
    }

    private static string Short(string label) => label.Length <= 6 ? label : label[..5] + "…";

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
