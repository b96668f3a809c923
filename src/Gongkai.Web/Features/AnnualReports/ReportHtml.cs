using System.Net;
using System.Text;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Web.Features.AnnualReports;

/// <summary>The report as HTML: the body (sections and tables) that becomes the publication's
/// text, and a standalone document for the HTML export. Only plain tags, no inline style (CSP).</summary>
public static class ReportHtml
{
    public static string Body(AnnualReportView view)
    {
        var html = new StringBuilder();
        foreach (var section in view.Template.Sections)
        {
            html.Append("<h2>").Append(E(section.Heading)).Append("</h2>\n");
            if (section.IsNarrative)
            {
                foreach (var line in Paragraphs(view.Narratives.GetValueOrDefault(section.Key)))
                {
                    html.Append("<p>").Append(E(line)).Append("</p>\n");
                }

                continue;
            }

            foreach (var table in view.Template.TablesOf(section.Key))
            {
                Table(html, table, view);
            }
        }

        return html.ToString();
    }

    public static string Document(AnnualReportView view) =>
        $"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(view.Title)}</title>\n</head>\n<body>\n<h1>{E(view.Title)}</h1>\n"
        + $"<p>（按{E(view.Template.Name)}规定的格式编制）</p>\n{Body(view)}</body>\n</html>\n";

    public static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static void Table(StringBuilder html, ReportTable table, AnnualReportView view)
    {
        html.Append("<table class=\"annual-report-table\">\n");
        if (table.Caption.Length > 0)
        {
            html.Append("<caption>").Append(E(table.Caption)).Append("</caption>\n");
        }

        html.Append("<thead>\n");
        var grouped = table.Columns.Any(c => c.Group is not null);
        if (grouped)
        {
            html.Append("<tr><th scope=\"col\" rowspan=\"2\">").Append(E(table.RowHeader)).Append("</th>");
            foreach (var run in Runs(table.Columns))
            {
                html.Append(run.Group is null
                    ? $"<th scope=\"col\" rowspan=\"2\">{E(run.Columns[0].Label)}</th>"
                    : $"<th scope=\"colgroup\" colspan=\"{run.Columns.Count}\">{E(run.Group)}</th>");
            }

            html.Append("</tr>\n<tr>");
            foreach (var column in table.Columns.Where(c => c.Group is not null))
            {
                html.Append("<th scope=\"col\">").Append(E(column.Label)).Append("</th>");
            }

            html.Append("</tr>\n");
        }
        else
        {
            html.Append("<tr><th scope=\"col\">").Append(E(table.RowHeader)).Append("</th>");
            foreach (var column in table.Columns)
            {
                html.Append("<th scope=\"col\">").Append(E(column.Label)).Append("</th>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr><th scope=\"row\" class=\"level-").Append(row.Level).Append("\">").Append(E(row.Label)).Append("</th>");
            if (!row.HasData)
            {
                html.Append("<td colspan=\"").Append(table.Columns.Count).Append("\"></td>");
            }
            else
            {
                foreach (var column in table.Columns)
                {
                    html.Append("<td>").Append(ReportDraft.N(view.Value(table.Key, row.Key, column.Key))).Append("</td>");
                }
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>Consecutive columns under the same spanning header.</summary>
    public static List<(string? Group, List<ReportColumn> Columns)> Runs(IEnumerable<ReportColumn> columns)
    {
        var runs = new List<(string? Group, List<ReportColumn> Columns)>();
        foreach (var column in columns)
        {
            if (column.Group is not null && runs.Count > 0 && runs[^1].Group == column.Group)
            {
                runs[^1].Columns.Add(column);
            }
            else
            {
                runs.Add((column.Group, [column]));
            }
        }

        return runs;
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
