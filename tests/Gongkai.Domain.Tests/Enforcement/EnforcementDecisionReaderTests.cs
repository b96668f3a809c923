using Gongkai.Domain.Enforcement;
using Gongkai.Domain.Organizations;

namespace Gongkai.Domain.Tests.Enforcement;

public sealed class EnforcementDecisionReaderTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    // A valid code: 91500116 + organisation code MA5U7X3L + check character computed below.
    private static string ValidCreditCode()
    {
        var org8 = "MA5U7X3L";
        var first17 = "91500116" + org8 + CreditCode.ComputeOrganizationCodeCheck(org8);
        return first17 + CreditCode.ComputeCheckCharacter(first17);
    }

    private static Dictionary<string, string?> Penalty() => new()
    {
        [EnforcementColumns.Category] = "行政处罚",
        [EnforcementColumns.DocumentNumber] = "津市监处罚〔2026〕1号",
        [EnforcementColumns.PartyKind] = "法人",
        [EnforcementColumns.PartyName] = "重庆某某食品有限公司",
        [EnforcementColumns.CreditCode] = ValidCreditCode(),
        [EnforcementColumns.Matter] = "销售过期食品",
        [EnforcementColumns.Facts] = "当事人销售超过保质期的食品。",
        [EnforcementColumns.Basis] = "《中华人民共和国食品安全法》第一百二十四条",
        [EnforcementColumns.Result] = "罚款5000元",
        [EnforcementColumns.DecidedOn] = "2026/11/20",
    };

    [Fact]
    public void A_complete_penalty_passes_with_the_code_normalised()
    {
        var cells = Penalty();
        cells[EnforcementColumns.CreditCode] = ValidCreditCode().ToLowerInvariant();
        var row = EnforcementDecisionReader.Check(3, cells, Today);
        Assert.True(row.Ok, string.Join(" ", row.Errors));
        Assert.Equal(ValidCreditCode(), row.Fields!.CreditCode);
        Assert.Equal(new DateOnly(2026, 11, 20), row.Fields.DecidedOn);
    }

    [Fact]
    public void A_wrong_check_character_a_future_date_and_an_unknown_category_are_named_by_row_and_column()
    {
        var cells = Penalty();
        var code = ValidCreditCode();
        cells[EnforcementColumns.CreditCode] = code[..17] + (code[17] == '0' ? '1' : '0');
        cells[EnforcementColumns.DecidedOn] = "2026-12-06";
        cells[EnforcementColumns.Category] = "行政奖惩";
        var row = EnforcementDecisionReader.Check(7, cells, Today);
        Assert.False(row.Ok);
        Assert.Contains(row.Errors, e => e.StartsWith("第 7 行“统一社会信用代码”列", StringComparison.Ordinal) && e.Contains("校验位不正确", StringComparison.Ordinal));
        Assert.Contains(row.Errors, e => e.StartsWith("第 7 行“决定日期”列", StringComparison.Ordinal) && e.Contains("不能在将来", StringComparison.Ordinal));
        Assert.Contains(row.Errors, e => e.StartsWith("第 7 行“执法类别”列", StringComparison.Ordinal) && e.Contains("行政奖惩", StringComparison.Ordinal));
    }

    [Fact]
    public void A_natural_persons_id_number_with_a_wrong_check_digit_is_refused()
    {
        var cells = Penalty();
        cells[EnforcementColumns.PartyKind] = "自然人";
        cells[EnforcementColumns.PartyName] = "张三";
        cells[EnforcementColumns.CreditCode] = null;
        cells[EnforcementColumns.IdNumber] = "11010519491231002Y".Replace('Y', '0');
        var row = EnforcementDecisionReader.Check(2, cells, Today);
        Assert.Contains(row.Errors, e => e.StartsWith("第 2 行“身份证号码”列", StringComparison.Ordinal) && e.Contains("校验位", StringComparison.Ordinal));
        cells[EnforcementColumns.IdNumber] = "11010519491231002X";
        Assert.True(EnforcementDecisionReader.Check(2, cells, Today).Ok);
    }
}
