using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Web.Shared;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Gongkai.Web.Features.Mailbox;

/// <summary>The monthly analysis as a Word file in the official-document layout shared by every export
/// (<see cref="OfficialDocumentStyles"/>), with native Word charts (a bar chart by type and by organ and
/// a line chart of letters over the period) whose figures are carried in the chart itself, so the
/// charts open in Word and WPS without a linked workbook.</summary>
public static class AnalysisWordDocument
{
    private const string BodyFont = "仿宋_GB2312";
    private const long ChartWidth = 5_400_000; // EMU, about 15 cm
    private const long ChartHeight = 2_700_000;

    public static byte[] Create(string title, LetterAnalysis a)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                OfficialDocumentStyles.Defaults(BodyFont),
                OfficialDocumentStyles.Paragraph("AnalysisTitle", "分析标题", "方正小标宋简体", "宋体", 44, JustificationValues.Center, spacing: OfficialDocumentStyles.TitleSpacing()),
                OfficialDocumentStyles.Paragraph("AnalysisHeading", "分析一级标题", "黑体", "黑体", 32, JustificationValues.Left, firstLineChars: 200, outline: 0),
                OfficialDocumentStyles.Paragraph("AnalysisBody", "分析正文", BodyFont, "仿宋", 32, JustificationValues.Both, firstLineChars: 200));
            var body = new Body();
            body.Append(P(title, "AnalysisTitle"));
            body.Append(P("一、总体情况", "AnalysisHeading"));
            body.Append(P($"{a.From:yyyy年M月d日}至{a.To:yyyy年M月d日}，共收到来信{a.Received}件，已答复{a.Replied}件，其中按时答复{a.OnTime}件；逾期{a.Overdue}件（截至{a.AsOf:yyyy年M月d日}）；公开来信{a.Published}件，写信人不同意公开的{a.NotConsented}件只计入统计、不予公开。", "AnalysisBody"));
            body.Append(P("二、来信类型", "AnalysisHeading"));
            body.Append(P(string.Join("，", a.ByType.Select(t => $"{t.Label}{t.Received}件")) + "。", "AnalysisBody"));
            body.Append(ChartParagraph(main, 1, "来信类型", BarChart("按类型", a.ByType.Select(t => (t.Label, t.Received)).ToList())));
            body.Append(P("三、承办机关", "AnalysisHeading"));
            body.Append(P(string.Join("；", a.ByOrgan.Select(o => $"{o.Label}{o.Received}件（已答复{o.Replied}件，逾期{o.Overdue}件）")) + "。", "AnalysisBody"));
            body.Append(ChartParagraph(main, 2, "承办机关", BarChart("按承办机关", a.ByOrgan.Take(15).Select(o => (o.Label, o.Received)).ToList())));
            body.Append(P("四、来信走势", "AnalysisHeading"));
            body.Append(ChartParagraph(main, 3, "来信走势", LineChart("收信数", a.Timeline.Select(t => (t.Label, t.Received)).ToList())));
            body.Append(P("五、问题分类与热点", "AnalysisHeading"));
            body.Append(P(string.Join("，", a.ByTopic.Select(t => $"{t.Label}{t.Received}件")) + "。", "AnalysisBody"));
            body.Append(P(a.HotTopics.Count == 0 ? "本期来信标题中没有反复出现的词语。" : "本期来信标题中出现较多的词语：" + string.Join("、", a.HotTopics.Select(h => $"“{h.Phrase}”（{h.Letters}件）")) + "。", "AnalysisBody"));
            body.Append(OfficialDocumentStyles.A4Section());
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph P(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph ChartParagraph(MainDocumentPart main, uint id, string name, C.ChartSpace chart)
    {
        var part = main.AddNewPart<ChartPart>();
        part.ChartSpace = chart;
        part.ChartSpace.Save();
        var relId = main.GetIdOfPart(part);
        var inline = new DW.Inline(
            new DW.Extent { Cx = ChartWidth, Cy = ChartHeight },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relId }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new Drawing(inline)));
    }

    private static C.ChartSpace BarChart(string series, IReadOnlyList<(string Label, int Value)> points) =>
        Space(new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Column },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false },
            new C.BarChartSeries(new C.Index { Val = 0U }, new C.Order { Val = 0U }, new C.SeriesText(new C.NumericValue(series)),
                new C.InvertIfNegative { Val = false }, Categories(points), Values(points)),
            new C.GapWidth { Val = 80 },
            new C.AxisId { Val = 1U },
            new C.AxisId { Val = 2U }));

    private static C.ChartSpace LineChart(string series, IReadOnlyList<(string Label, int Value)> points) =>
        Space(new C.LineChart(
            new C.Grouping { Val = C.GroupingValues.Standard },
            new C.VaryColors { Val = false },
            new C.LineChartSeries(new C.Index { Val = 0U }, new C.Order { Val = 0U }, new C.SeriesText(new C.NumericValue(series)),
                Categories(points), Values(points), new C.Smooth { Val = false }),
            new C.ShowMarker { Val = true },
            new C.AxisId { Val = 1U },
            new C.AxisId { Val = 2U }));

    private static C.ChartSpace Space(OpenXmlCompositeElement chart)
    {
        var space = new C.ChartSpace(
            new C.EditingLanguage { Val = "zh-CN" },
            new C.Chart(
                new C.AutoTitleDeleted { Val = true },
                new C.PlotArea(
                    new C.Layout(),
                    chart,
                    new C.CategoryAxis(new C.AxisId { Val = 1U }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                        new C.Delete { Val = false }, new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo }, new C.CrossingAxis { Val = 2U },
                        new C.Crosses { Val = C.CrossesValues.AutoZero }, new C.AutoLabeled { Val = true },
                        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center }, new C.LabelOffset { Val = 100 }),
                    new C.ValueAxis(new C.AxisId { Val = 2U }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                        new C.Delete { Val = false }, new C.AxisPosition { Val = C.AxisPositionValues.Left }, new C.MajorGridlines(),
                        new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
                        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo }, new C.CrossingAxis { Val = 1U },
                        new C.Crosses { Val = C.CrossesValues.AutoZero }, new C.CrossBetween { Val = C.CrossBetweenValues.Between })),
                new C.PlotVisibleOnly { Val = true }));
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    private static C.CategoryAxisData Categories(IReadOnlyList<(string Label, int Value)> points)
    {
        var literal = new C.StringLiteral(new C.PointCount { Val = (uint)points.Count });
        for (var i = 0; i < points.Count; i++)
        {
            literal.Append(new C.StringPoint(new C.NumericValue(points[i].Label)) { Index = (uint)i });
        }

        return new C.CategoryAxisData(literal);
    }

    private static C.Values Values(IReadOnlyList<(string Label, int Value)> points)
    {
        var literal = new C.NumberLiteral(new C.FormatCode("General"), new C.PointCount { Val = (uint)points.Count });
        for (var i = 0; i < points.Count; i++)
        {
            literal.Append(new C.NumericPoint(new C.NumericValue(points[i].Value.ToString(CultureInfo.InvariantCulture))) { Index = (uint)i });
        }

        return new C.Values(literal);
    }
}
