using System.Text;

namespace Gongkai.Domain.StandardCatalogs;

/// <summary>Names of <see cref="DisclosureChannel"/> as the catalogues print them, and the reading
/// of a 公开渠道和载体 cell: either a list (“政府网站、两微一端”) or the printed checkboxes
/// (“■政府网站 □两微一端”, where only the ■ ones count).</summary>
public static class DisclosureChannels
{
    private static readonly (DisclosureChannel Channel, string Name, string[] Aliases)[] Table =
    [
        (DisclosureChannel.GovernmentWebsite, "政府网站", ["政府门户网站", "门户网站"]),
        (DisclosureChannel.WeiboWeChatApp, "两微一端", ["政务微博", "政务微信", "微博", "微信", "政务新媒体"]),
        (DisclosureChannel.RadioTelevision, "广播电视", ["广播", "电视"]),
        (DisclosureChannel.ReadingPoint, "公开查阅点", ["查阅点", "查阅场所"]),
        (DisclosureChannel.ServiceStation, "便民服务站", []),
        (DisclosureChannel.Gazette, "政府公报", []),
        (DisclosureChannel.PressConferenceHearing, "发布会/听证会", ["发布会", "听证会", "新闻发布会"]),
        (DisclosureChannel.PrintMedia, "纸质媒体", ["报刊", "报纸"]),
        (DisclosureChannel.ServiceCentre, "政务服务中心", ["政务服务大厅"]),
        (DisclosureChannel.DoorToDoorOnSite, "入户/现场", ["入户", "现场"]),
        (DisclosureChannel.NoticeBoard, "社区/企事业单位/村公示栏（电子屏）", ["社区/企事业单位/村公示栏(电子屏)", "公示栏（电子屏）", "公示栏", "电子屏", "公告栏"]),
        (DisclosureChannel.TargetedPush, "精准推送", []),
        (DisclosureChannel.Other, "其他", ["其它"]),
        (DisclosureChannel.InvestmentApprovalPlatform, "投资项目在线审批监管平台", []),
        (DisclosureChannel.ResourceTradingPlatform, "公共资源交易平台", []),
        (DisclosureChannel.CreditChina, "信用中国网站", ["信用中国"]),
        (DisclosureChannel.RegulatorWebsite, "管理部门网站", []),
    ];

    /// <summary>Every single channel, in catalogue order.</summary>
    public static IReadOnlyList<DisclosureChannel> InOrder { get; } = Table.Select(t => t.Channel).ToList();

    public static string Name(DisclosureChannel channel) => Table.First(t => t.Channel == channel).Name;

    /// <summary>“政府网站、两微一端” for a set of channels.</summary>
    public static string Describe(DisclosureChannel channels) =>
        string.Join("、", Table.Where(t => channels.HasFlag(t.Channel)).Select(t => t.Name));

    private static readonly char[] Separators = ['、', '，', ',', '；', ';', ' ', '\u3000', '\n', '\r', '\t', '|', '。'];

    /// <summary>Reads a cell. Names (and their common variants) anywhere in the text count; when the
    /// cell prints checkboxes, only the ticked (■ ☑ √) ones do. What is left over is returned as
    /// <c>Unknown</c> so the importer can keep it and warn, never drop it.</summary>
    public static (DisclosureChannel Channels, IReadOnlyList<string> Unknown) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (DisclosureChannel.None, []);
        }

        var rest = new StringBuilder(text.Trim());
        var boxes = text.IndexOfAny(['■', '□', '☑', '☐']) >= 0;
        var found = DisclosureChannel.None;
        var names = Table.SelectMany(t => t.Aliases.Prepend(t.Name).Select(n => (t.Channel, Name: n))).OrderByDescending(n => n.Name.Length);
        foreach (var (channel, name) in names)
        {
            int at;
            while ((at = rest.ToString().IndexOf(name, StringComparison.Ordinal)) >= 0)
            {
                var mark = at > 0 ? rest[at - 1] : ' ';
                var ticked = !boxes || mark is '■' or '☑' or '√' or '✓';
                if (ticked)
                {
                    found |= channel;
                }

                // Blank the name and its box so the leftovers are what nobody recognised.
                var from = at > 0 && mark is '■' or '□' or '☑' or '☐' or '√' or '✓' ? at - 1 : at;
                rest.Remove(from, at + name.Length - from).Insert(from, " ");
            }
        }

        var unknown = new List<string>();
        foreach (var token in rest.ToString().Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (token.StartsWith('□') || token.StartsWith('☐'))
            {
                continue;
            }

            var cleaned = token.Trim('■', '☑', '√', '✓', '/', '／', '（', '）', '(', ')');
            if (cleaned.Length > 0)
            {
                unknown.Add(cleaned);
            }
        }

        return (found, unknown);
    }
}
