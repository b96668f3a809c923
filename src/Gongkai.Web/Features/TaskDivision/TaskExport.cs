using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.TaskDivision;
using MiniExcelLibs;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>Exports a notice with its status in the notice's own layout (重点任务 / 贯彻举措 /
/// 牵头单位 / 责任单位) plus 期限, 完成期限, 状态 and 进度, as Excel and as a Word table. Key task
/// and sub-task are written only on their first row, as in the notice, where the cells were merged.</summary>
public static class TaskExport
{
    public static readonly string[] Headers = ["重点任务", "二级任务", "贯彻举措", "牵头单位", "责任单位", "期限", "完成期限", "状态", "进度"];

    public static List<TaskExportRow> Rows(IReadOnlyList<TaskMeasure> measures, IReadOnlyDictionary<int, MeasureProgress> progress, DateOnly today)
    {
        var rows = new List<TaskExportRow>();
        TaskMeasure? previous = null;
        foreach (var m in measures)
        {
            var newKey = previous is null || previous.KeyTaskNumber != m.KeyTaskNumber;
            var newSub = newKey || previous!.SubTaskNumber != m.SubTaskNumber;
            var p = progress[m.Id];
            var state = ProgressRollup.StateOf(p, today);
            rows.Add(new TaskExportRow(
                newKey ? $"{ChineseNumerals.Format(m.KeyTaskNumber)}、{m.KeyTaskTitle}" : "",
                newSub ? $"（{ChineseNumerals.Format(m.SubTaskNumber)}）{m.SubTaskTitle}" : "",
                $"{m.Number}．{m.Text}",
                m.LeadUnitsText,
                m.ResponsibleUnitsText,
                m.DeadlineText,
                m.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                TaskProgressLabels.StateText(state),
                (int)Math.Round((p.Done ? 1 : p.Progress) * 100, MidpointRounding.AwayFromZero)));
            previous = m;
        }

        return rows;
    }

    public static byte[] Excel(IEnumerable<TaskExportRow> rows)
    {
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            [Headers[0]] = r.KeyTask,
            [Headers[1]] = r.SubTask,
            [Headers[2]] = r.Measure,
            [Headers[3]] = r.Lead,
            [Headers[4]] = r.Responsible,
            [Headers[5]] = r.Deadlines,
            [Headers[6]] = r.DueDate,
            [Headers[7]] = r.Status,
            [Headers[8]] = r.Percent,
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: "任务分工");
        return stream.ToArray();
    }

    public static byte[] Word(string title, string? documentNumber, IEnumerable<TaskExportRow> rows)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            body.Append(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new Text(title))));
            if (documentNumber is not null)
            {
                body.Append(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new Text(documentNumber))));
            }

            var table = new Table(new TableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
            table.Append(Row(Headers));
            foreach (var r in rows)
            {
                table.Append(Row([r.KeyTask, r.SubTask, r.Measure, r.Lead, r.Responsible, r.Deadlines, r.DueDate, r.Status, $"{r.Percent}%"]));
            }

            body.Append(table);
            body.Append(new SectionProperties(new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static TableRow Row(IEnumerable<string> cells) =>
        new(cells.Select(c => new TableCell(new Paragraph(new Run(new Text(c) { Space = SpaceProcessingModeValues.Preserve })))));
}
