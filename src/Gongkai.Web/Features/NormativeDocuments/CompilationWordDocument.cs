using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Web.Shared;
using Gongkai.Domain.NormativeDocuments;

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>A compilation as one Word file, loosely after GB/T 9704 like the guide's export: A4,
/// margins 37/35/28/26 mm, titles 方正小标宋 二号, body 仿宋_GB2312 三号 at 28 pt exact; a table of
/// contents, then each document on its own page with its 发文字号 and validity.</summary>
public static partial class CompilationWordDocument
{
    public sealed record Entry(string Title, string DocumentNumber, string Organ, ValidityState State, string BodyHtml);

    private const string BodyFont = "仿宋_GB2312";
    private const string HeadingFont = "黑体";
    private const string TitleFont = "方正小标宋简体";

    /// <param name="withOrgans">A district-wide compilation names each entry's issuing organ in the table of contents.</param>
    public static byte[] Create(string title, string? description, IReadOnlyList<Entry> entries, bool withOrgans = false)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(Para(title, "CompTitle"));
            if (description is not null)
            {
                body.Append(Para(description, "CompBody"));
            }

            body.Append(Para("目　录", "CompHeading"));
            for (var i = 0; i < entries.Count; i++)
            {
                var organ = withOrgans ? entries[i].Organ + "　" : "";
                body.Append(Para($"{i + 1}. {entries[i].Title}（{organ}{entries[i].DocumentNumber}）", "CompToc"));
            }

            foreach (var e in entries)
            {
                body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                body.Append(Para(e.Title, "CompTitle"));
                body.Append(Para(e.DocumentNumber, "CompNumber"));
                var since = e.State.Since is { } s ? $"（自{s:yyyy年M月d日}起）" : "";
                body.Append(Para($"发布机关：{e.Organ}　有效性：{NormativeLifecycle.Label(e.State.Validity)}{since}", "CompNumber"));
                foreach (var line in Paragraphs(e.BodyHtml))
                {
                    body.Append(Para(line, "CompBody"));
                }
            }

            body.Append(OfficialDocumentStyles.A4Section());
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The sanitised body HTML as plain paragraphs (block ends and breaks become paragraph ends).</summary>
    public static IEnumerable<string> Paragraphs(string html)
    {
        var text = BlockEnd().Replace(html, "\n");
        text = Tag().Replace(text, "");
        return WebUtility.HtmlDecode(text).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
    }

    private static Paragraph Para(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            OfficialDocumentStyles.Defaults(BodyFont),
            OfficialDocumentStyles.Paragraph("CompTitle", "汇编标题", TitleFont, "宋体", 44, JustificationValues.Center, outline: 0, spacing: OfficialDocumentStyles.TitleSpacing()),
            OfficialDocumentStyles.Paragraph("CompHeading", "汇编目录标题", HeadingFont, "黑体", 32, JustificationValues.Center, outline: 1),
            OfficialDocumentStyles.Paragraph("CompToc", "汇编目录", BodyFont, "仿宋", 32, JustificationValues.Left),
            OfficialDocumentStyles.Paragraph("CompNumber", "发文字号", BodyFont, "仿宋", 32, JustificationValues.Center),
            OfficialDocumentStyles.Paragraph("CompBody", "汇编正文", BodyFont, "仿宋", 32, JustificationValues.Both, firstLineChars: 200));
        part.Styles.Save();
    }



    [GeneratedRegex(@"</(p|div|h[1-6]|li|tr|table)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
