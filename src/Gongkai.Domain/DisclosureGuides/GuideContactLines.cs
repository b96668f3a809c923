namespace Gongkai.Domain.DisclosureGuides;

/// <summary>The lines of parts 三 (申请渠道) and 四 (工作机构) that carry the organ's address, hours and
/// phone. They are never stored: saving a guide drops any line that starts with one of these labels,
/// and showing it (page, Word file, search text) appends them from the current <see cref="OrganContact"/>.
/// The issue this answers: the contact was copied into the guide once and then drifted.</summary>
public static class GuideContactLines
{
    private static readonly string[] OfficeLabels = ["机构名称", "办公地址", "办公时间", "联系电话", "传真号码", "传真", "邮政编码", "邮编", "电子邮箱", "网址"];

    private static readonly string[] ApplicationLabels = ["当面提交地址", "信函申请地址", "受理时间", "咨询电话", "传真申请号码"];

    /// <summary>Part 三 without its contact lines (what is stored).</summary>
    public static string StripApplication(string text) => Strip(text, ApplicationLabels);

    /// <summary>Part 四 without its contact lines (what is stored).</summary>
    public static string StripOffice(string text) => Strip(text, OfficeLabels);

    /// <summary>Part 三 as shown: the stored text, then where and when to hand in or post an application.</summary>
    public static string Application(string stored, OrganContact contact)
    {
        var lines = GuideText.Paragraphs(StripApplication(stored)).ToList();
        var post = contact.Address is null ? null : contact.Postcode is null ? $"{contact.Address}，{contact.OfficeName}收" : $"{contact.Address}，{contact.OfficeName}收（邮政编码：{contact.Postcode}）";
        Add(lines, "当面提交地址", contact.Address);
        Add(lines, "信函申请地址", post);
        Add(lines, "受理时间", contact.Hours);
        Add(lines, "咨询电话", contact.Phone);
        Add(lines, "传真申请号码", contact.Fax);
        return string.Join("\n", lines);
    }

    /// <summary>Part 四 as shown: the office's name and contact, then any further text the organ keeps there.</summary>
    public static string Office(string stored, OrganContact contact)
    {
        var lines = new List<string> { $"机构名称：{contact.OfficeName}" };
        Add(lines, "办公地址", contact.Address);
        Add(lines, "办公时间", contact.Hours);
        Add(lines, "联系电话", contact.Phone);
        Add(lines, "传真号码", contact.Fax);
        Add(lines, "邮政编码", contact.Postcode);
        Add(lines, "电子邮箱", contact.Email);
        Add(lines, "网址", contact.Website);
        lines.AddRange(GuideText.Paragraphs(StripOffice(stored)));
        return string.Join("\n", lines);
    }

    private static string Strip(string text, string[] labels) =>
        string.Join("\n", GuideText.Paragraphs(text).Where(line => !labels.Any(l => line.StartsWith(l + "：", StringComparison.Ordinal)
            || line.StartsWith(l + ":", StringComparison.Ordinal))));

    private static void Add(List<string> lines, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            lines.Add($"{label}：{value.Trim()}");
        }
    }
}
