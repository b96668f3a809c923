using Gongkai.Domain.Privacy;

namespace Gongkai.Domain.Tests.Privacy;

public sealed class PersonalInformationDetectorTests
{
    private readonly PersonalInformationDetector detector = new();

    private PersonalInformationFinding Single(string text)
    {
        var findings = detector.Scan(text);
        return Assert.Single(findings);
    }

    [Fact]
    public void Id_number_next_to_chinese_characters_is_found_with_its_original_span()
    {
        var text = "身份证号500116199001011234，";
        var f = Single(text);
        Assert.Equal(PersonalInformationKind.ResidentId, f.Kind);
        Assert.Equal(FindingConfidence.High, f.Confidence);
        Assert.Equal(4, f.Start);
        Assert.Equal(18, f.Length);
        Assert.Equal("500116199001011234", f.Value);
        Assert.Equal("500116********1234", f.Masked);
    }

    [Theory]
    [InlineData("500116199001011234")]
    [InlineData("申请人500116199001011234")]
    [InlineData("500116199001011234申请人")]
    [InlineData("５００１１６１９９００１０１１２３４")]
    [InlineData("500116 19900101 1234")]
    [InlineData("500116-1990-0101-1234")]
    [InlineData("５００１１６　１９９００１０１　１２３４")]
    [InlineData("5001\u200B16199001\u200D011234")]
    [InlineData("身份证：500116 1990 0101 1234。")]
    public void Id_number_split_by_spaces_hyphens_zero_width_or_in_full_width_digits_is_found(string text)
    {
        var f = Single(text);
        Assert.Equal(PersonalInformationKind.ResidentId, f.Kind);
        Assert.Equal("500116199001011234", f.Value);
        Assert.Equal(text.IndexOfAny("5５".ToCharArray()), f.Start);
    }

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ")]
    public void Id_number_ending_in_x_of_any_case_or_width_is_found(string text)
    {
        var f = Single(text);
        Assert.Equal("11010519491231002X", f.Value);
        Assert.Equal(FindingConfidence.High, f.Confidence);
        Assert.Equal(text.Length, f.Length);
    }

    [Fact]
    public void Id_number_with_a_wrong_check_digit_is_still_reported_at_medium_confidence()
    {
        var f = Single("身份证号500116199001011235");
        Assert.Equal(PersonalInformationKind.ResidentId, f.Kind);
        Assert.Equal(FindingConfidence.Medium, f.Confidence);
    }

    [Fact]
    public void Id_number_split_by_html_span_tags_is_found_with_offsets_in_the_html()
    {
        var html = "<p>身份证号<span>5001</span><span>16199001011234</span></p>";
        var f = Assert.Single(detector.ScanHtml(html));
        Assert.Equal("500116199001011234", f.Value);
        Assert.Equal(html.IndexOf('5'), f.Start);
        Assert.Equal(html.IndexOf("</span></p>", StringComparison.Ordinal), f.End);
    }

    [Fact]
    public void Id_number_written_with_html_entities_is_found() =>
        Assert.Equal("500116199001011234", Assert.Single(detector.ScanHtml("<td>&#53;00116&nbsp;19900101&#x2D;1234</td>")).Value);

    [Fact]
    public void Serial_number_in_the_previous_table_cell_does_not_hide_an_id_number()
    {
        Assert.Equal("500116199001011234", Assert.Single(detector.ScanHtml("<tr><td>1</td><td>500116199001011234</td></tr>")).Value);
        Assert.Equal("500116199001011234", Single("1 500116199001011234 张三").Value);
    }

    [Fact]
    public void Fifteen_digit_legacy_id_with_a_real_date_is_reported_at_medium_confidence()
    {
        var f = Single("老身份证500116900101123。");
        Assert.Equal(PersonalInformationKind.ResidentIdLegacy, f.Kind);
        Assert.Equal(FindingConfidence.Medium, f.Confidence);
        Assert.Equal("500116*****1123", f.Masked);
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("联系电话：13812345678。")]
    [InlineData("138 1234 5678")]
    [InlineData("138-1234-5678")]
    [InlineData("１３８１２３４５６７８")]
    [InlineData("手机8613812345678")]
    public void Mobile_numbers_in_common_forms_are_found(string text)
    {
        var f = Single(text);
        Assert.Equal(PersonalInformationKind.Mobile, f.Kind);
        Assert.Equal("13812345678", f.Value);
    }

    [Fact]
    public void Mobile_with_plus_86_keeps_the_prefix_in_the_span_and_the_mask()
    {
        var f = Single("电话+86 138 1234 5678。");
        Assert.Equal(2, f.Start);
        Assert.Equal("+86 138 1234 5678".Length, f.Length);
        Assert.Equal("+86 138****5678", f.Masked);
    }

    [Theory]
    [InlineData("6222021234567890128")]
    [InlineData("卡号：6222 0212 3456 7890 128，")]
    [InlineData("6222-0212-3456-7890-128")]
    public void Luhn_valid_bank_cards_are_found(string text)
    {
        var f = Single(text);
        Assert.Equal(PersonalInformationKind.BankCard, f.Kind);
        Assert.Equal("6222021234567890128", f.Value);
        Assert.Equal(FindingConfidence.High, f.Confidence);
    }

    [Fact]
    public void A_valid_18_digit_id_number_is_not_also_reported_as_a_bank_card()
    {
        // 110105194912310029-like numbers can pass Luhn; find one and check it is an ID only.
        var id = Enumerable.Range(0, 1000)
            .Select(seq => "50011619900101" + seq.ToString("000"))
            .Select(p => p + ResidentIdNumber.ComputeCheckCharacter(p))
            .First(n => Luhn.IsValid(n));
        var f = Single(id);
        Assert.Equal(PersonalInformationKind.ResidentId, f.Kind);
    }

    [Theory]
    [InlineData("zhangsan@example.com")]
    [InlineData("联系邮箱：zhangsan@example.com。")]
    [InlineData("zhangsan＠example.com")]
    public void Email_addresses_are_found(string text)
    {
        var f = Single(text);
        Assert.Equal(PersonalInformationKind.Email, f.Kind);
        Assert.Equal("zhangsan@example.com", f.Value);
        Assert.Equal("z***@example.com", f.Masked);
    }

    [Fact]
    public void A_qq_mail_address_made_of_a_mobile_number_is_reported_once_as_an_email() =>
        Assert.Equal(PersonalInformationKind.Email, Single("13812345678@qq.com").Kind);

    [Theory]
    [InlineData("江津府办发〔2020〕132号")]
    [InlineData("索引号：11500116MB1234567X/2020-00123")]
    [InlineData("发布日期：2020-01-01")]
    [InlineData("执行期限2020-01-01-2020-12-31")]
    [InlineData("合同金额12345678.90元")]
    [InlineData("金额12,345,678,901,234,567.00元")]
    [InlineData("咨询电话：023-47521234")]
    [InlineData("咨询电话：（023）47521234")]
    [InlineData("咨询电话：023 4752 1234")]
    [InlineData("咨询电话：02347521234")]
    [InlineData("统一社会信用代码：111101199001010187")]
    [InlineData("统一社会信用代码：9144030071526726XG")]
    [InlineData("统一社会信用代码：91500000MA5U7AB123")]
    [InlineData("邮编402260，电话023-47521234 2020-01-01")]
    public void Government_document_numbers_dates_amounts_landlines_and_credit_codes_are_not_reported(string text) =>
        Assert.Empty(detector.Scan(text));

    [Fact]
    public void Values_on_the_allow_list_are_not_reported()
    {
        var organ = new PersonalInformationDetector(["jjzfb@cq.gov.cn", "+86 139-0000-0000"]);
        var findings = organ.Scan("政务公开邮箱JJZFB@cq.gov.cn，服务热线13900000000；申请人电话13812345678");
        Assert.Equal("13812345678", Assert.Single(findings).Value);
    }

    [Fact]
    public void Findings_of_several_kinds_are_returned_in_text_order()
    {
        var findings = detector.Scan("张三，500116199001011234，13812345678，6222021234567890128，zs@example.com");
        Assert.Equal(
            [PersonalInformationKind.ResidentId, PersonalInformationKind.Mobile, PersonalInformationKind.BankCard, PersonalInformationKind.Email],
            findings.Select(f => f.Kind));
    }
}
