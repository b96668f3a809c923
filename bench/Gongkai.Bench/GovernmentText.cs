using System.Text;

namespace Gongkai.Bench;

/// <summary>Plausible Chinese government text for generated items: titles and bodies built from the
/// phrases such documents use, so page sizes and (later) search behave as with real content.</summary>
public sealed class GovernmentText(int seed)
{
    private static readonly string[] Subjects =
    [
        "政务公开工作要点", "行政规范性文件", "财政预算执行情况", "重大建设项目批准和实施情况", "公务员招考职位", "安全生产监督检查情况",
        "食品药品监督抽检结果", "社会救助资金发放情况", "义务教育招生工作", "城乡居民医疗保险", "就业创业补贴申领", "农村危房改造",
        "政府集中采购项目", "行政事业性收费项目", "突发公共事件应急预案", "环境保护督察整改", "城市综合执法", "公共文化服务体系",
    ];

    private static readonly string[] Verbs = ["关于印发", "关于做好", "关于进一步加强", "关于公布", "关于开展", "关于调整", "关于征求"];
    private static readonly string[] Tails = ["的通知", "的实施方案", "的公告", "的意见", "工作方案", "情况的报告", "的公示"];
    private static readonly string[] Places = ["江津区", "几江街道", "德感街道", "双福街道", "鼎山街道", "支坪镇", "白沙镇", "石门镇", "油溪镇", "吴滩镇"];

    private static readonly string[] Sentences =
    [
        "为深入贯彻落实《中华人民共和国政府信息公开条例》，进一步提升政务公开工作质量，结合我区实际，制定本方案。",
        "各单位要高度重视，明确分管领导和具体经办人员，确保各项任务按时保质完成。",
        "本通知自印发之日起施行，有效期五年。此前有关规定与本通知不一致的，以本通知为准。",
        "申请人可通过现场、邮寄、网络等方式提交申请，行政机关应当在规定期限内予以答复。",
        "区财政局要加强资金监管，确保专款专用，严禁截留、挤占、挪用。",
        "请各镇人民政府、街道办事处于每季度末将工作开展情况报送区政府办公室。",
        "对工作推进不力、敷衍塞责的单位，将予以通报批评，并纳入年度绩效考核。",
        "坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。",
        "进一步规范办事指南要素，做到办理条件、申请材料、办理流程、办理时限清晰准确。",
        "加强政策解读，做到政策文件与解读材料同步组织、同步审签、同步部署。",
    ];

    private readonly Random random = new(seed);

    public string Title(int serial) =>
        $"{Pick(Verbs)}{Pick(Places)}{2020 + (serial % 7)}年{Pick(Subjects)}{Pick(Tails)}";

    public string Body()
    {
        var html = new StringBuilder();
        var paragraphs = random.Next(3, 9);
        for (var i = 0; i < paragraphs; i++)
        {
            html.Append("<p>");
            var sentences = random.Next(2, 6);
            for (var j = 0; j < sentences; j++)
            {
                html.Append(Pick(Sentences));
            }

            html.Append("</p>");
        }

        return html.ToString();
    }

    public int Next(int max) => random.Next(max);

    private string Pick(string[] options) => options[random.Next(options.Length)];
}
