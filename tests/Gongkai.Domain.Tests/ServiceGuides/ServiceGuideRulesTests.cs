using Gongkai.Domain.PowerLists;
using Gongkai.Domain.ServiceGuides;

namespace Gongkai.Domain.Tests.ServiceGuides;

public sealed class ServiceGuideRulesTests
{
    /// <summary>A guide as a 区市场监管局 window writes one: every element filled, nothing vague.</summary>
    public static ServiceGuideDraft Complete() => new()
    {
        Name = "个体工商户登记（设立）",
        Code = "000104001000",
        Type = PowerType.Licence,
        Basis = "《促进个体工商户发展条例》第八条；《市场主体登记管理条例》第三条",
        Implementer = "重庆市江津区市场监督管理局",
        HandlingUnit = "登记注册科",
        Theme = ServiceTheme.Personal,
        Applicants = "有经营能力的自然人",
        Conditions = "申请人具有经营能力；名称、经营场所符合《市场主体登记管理条例》的规定。",
        Materials =
        [
            new() { Name = "个体工商户登记（备案）申请书", Form = MaterialForm.Original, Copies = 1, Medium = MaterialMedium.PaperOrElectronic, Source = "申请人自备（窗口领取或网上下载）" },
            new() { Name = "经营者居民身份证", Form = MaterialForm.OriginalAndCopy, Copies = 1, Medium = MaterialMedium.Paper, Source = "公安机关" },
            new() { Name = "经营场所使用证明（房屋租赁合同或产权证明）", Form = MaterialForm.Copy, Copies = 1, Medium = MaterialMedium.Paper, Source = "申请人自备", Required = false },
        ],
        Steps = ["申请：窗口或重庆市政务服务网提交材料", "受理：材料齐全当场受理", "审查：登记注册科审查", "决定：核准登记，发放营业执照"],
        LegalTimeLimit = 15,
        PromisedTimeLimit = 1,
        Charged = false,
        Location = "江津区行政服务中心二楼市场监管窗口（鼎山街道滨江新城）",
        Hours = "工作日上午9:00-12:00，下午13:30-17:00（法定节假日除外）",
        Visits = 0,
        Online = true,
        OnlineUrl = "https://zwykb.cq.gov.cn/",
        Result = "营业执照",
        ConsultPhone = "023-47521234",
        ComplaintPhone = "023-12345",
        Faq = "问：可以网上办理吗？答：可以，全程网办，零跑动。",
    };

    [Fact]
    public void A_complete_guide_has_no_problem_and_every_element_filled()
    {
        var guide = Complete();
        Assert.Empty(ServiceGuideRules.ForReview(guide, VaguePhrases.Default));
        Assert.Equal(ServiceGuideRules.RequiredCount, ServiceGuideRules.FilledCount(guide));
    }

    [Fact]
    public void Other_materials_in_one_materials_name_blocks_it_and_names_that_material()
    {
        var guide = Complete();
        guide = guide with { Materials = [guide.Materials[0], guide.Materials[1] with { Name = "经营者身份证明及其他材料" }] };
        var problem = Assert.Single(ServiceGuideRules.ForReview(guide, VaguePhrases.Default));
        Assert.Equal("materials[1].name", problem.Field);
        Assert.Equal("其他材料", problem.Phrase);
        Assert.Contains("申请材料第 2 项“材料名称”", problem.Message);
    }

    [Theory]
    [InlineData("身份证、户口簿等材料。", "等材料")]
    [InlineData("身份证、户口簿等材料", "等材料")]
    [InlineData("向有关部门申请", "有关部门")]
    [InlineData("符合相关规定的，原则上当场办结", "相关规定,原则上")]
    [InlineData("提交其他相关材料", "其他相关材料")]
    [InlineData("必要时视情况现场核查", "必要时,视情况")]
    [InlineData("身份证、户口簿等材料的复印件各一份", "")]
    [InlineData("《市场主体登记管理条例》第三条", "")]
    public void Phrases_of_the_seed_are_found_and_a_list_ending_counts_only_at_the_end(string text, string expected)
    {
        var found = VaguePhrases.Default.Find(text);
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), found);
    }

    [Fact]
    public void Empty_required_elements_block_submission_and_lower_the_completeness()
    {
        var guide = Complete() with { Conditions = " ", Charged = null, Online = true, OnlineUrl = null, Materials = [] };
        var fields = ServiceGuideRules.ForReview(guide, VaguePhrases.Default).Select(p => p.Field).ToList();
        Assert.Equal(["conditions", "materials", "fee", "onlineUrl"], fields);
        Assert.Equal(ServiceGuideRules.RequiredCount - 3, ServiceGuideRules.FilledCount(guide));
    }

    [Fact]
    public void A_charged_guide_needs_its_standard_and_basis_and_a_promise_cannot_exceed_the_law()
    {
        var guide = Complete() with { Charged = true, FeeStandard = "工本费每证10元", PromisedTimeLimit = 20 };
        var problems = ServiceGuideRules.ForReview(guide, VaguePhrases.Default);
        Assert.Equal(["promisedTimeLimit", "feeBasis"], problems.Select(p => p.Field));
        Assert.Contains("不能长于", problems[0].Message);
    }

    [Fact]
    public void The_administrators_list_replaces_the_seed_and_bad_lines_are_named()
    {
        var (list, errors) = VaguePhrases.Parse("按规定\n\n……等证明");
        Assert.Empty(errors);
        Assert.Equal(["按规定"], list!.Find("按规定办理，其他材料"));
        Assert.Equal(["等证明"], list.Find("户籍、婚姻等证明"));

        var (none, bad) = VaguePhrases.Parse("按规定\n……\n" + new string('字', 60));
        Assert.Null(none);
        Assert.Equal(["第 2 行：“……”后须写明词语，如“……等材料”。", "第 3 行：词语超过 50 字。"], bad);
        Assert.NotEmpty(VaguePhrases.Parse(" \n ").Errors);
    }
}
