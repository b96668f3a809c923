using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Web.Shared;

/// <summary>The paragraph styles of the national official-document layout (GB/T 9704) that every
/// Word file the platform writes shares: body 仿宋 三号 on a 28 pt exact line, titles and headings
/// as styles so that Word's navigation pane and WPS show the outline.</summary>
public static class OfficialDocumentStyles
{
    /// <summary>Twips (the twentieth of a point Word measures pages in) for <paramref name="millimetres"/>:
    /// the one conversion of the layout's measures (1 inch = 25.4 mm = 1440 twips).</summary>
    public static int Twips(double millimetres) => (int)Math.Round(millimetres * 1440 / 25.4, MidpointRounding.AwayFromZero);

    /// <summary>The page of GB/T 9704: A4 (210 × 297 mm) with margins 天头 37 mm, 下白边 35 mm, 订口
    /// 28 mm, 翻口 26 mm; header and footer at Word's usual 1.5 cm and 1.75 cm. The last child of a body.</summary>
    public static SectionProperties A4Section() => new(
        new PageSize { Width = (uint)Twips(210), Height = (uint)Twips(297) },
        new PageMargin { Top = Twips(37), Bottom = Twips(35), Left = (uint)Twips(28), Right = (uint)Twips(26), Header = 851U, Footer = 992U, Gutter = 0U });

    /// <summary>Body 三号 (16 pt) in <paramref name="bodyFont"/>, 28 pt exact line spacing, no
    /// space between paragraphs.</summary>
    public static DocDefaults Defaults(string bodyFont) => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(bodyFont, "仿宋"), new FontSize { Val = "32" }, new Languages { EastAsia = "zh-CN" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" })));

    /// <summary>A title stands apart from the text: 35 pt exact line, one line after.</summary>
    public static SpacingBetweenLines TitleSpacing() => new() { Line = "700", LineRule = LineSpacingRuleValues.Exact, After = "560" };

    public static RunFonts Fonts(string font, string fallback) =>
        new() { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = fallback, Hint = FontTypeHintValues.EastAsia };

    public static Style Paragraph(string id, string name, string font, string fallback, int halfPoints, JustificationValues justification,
        int? firstLineChars = null, int? outline = null, SpacingBetweenLines? spacing = null)
    {
        // Children in the schema's order (spacing, ind, jc, outlineLvl): Word refuses other orders.
        var paragraph = new StyleParagraphProperties();
        if (spacing is not null)
        {
            paragraph.Append(spacing);
        }

        if (firstLineChars is { } chars)
        {
            paragraph.Append(new Indentation { FirstLineChars = chars });
        }

        paragraph.Append(new Justification { Val = justification });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(Fonts(font, fallback), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = id, CustomStyle = true };
    }
}
