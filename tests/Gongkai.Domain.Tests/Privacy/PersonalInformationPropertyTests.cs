using System.Text;
using Gongkai.Domain.Organizations;
using Gongkai.Domain.Privacy;

namespace Gongkai.Domain.Tests.Privacy;

/// <summary>SECURITY.md S10: planted ID numbers in varied forms must be found (≥ 999 of 1,000), and
/// ordinary government sentences must almost never be flagged (&lt; 1%). Fixed seeds keep runs repeatable.</summary>
public sealed class PersonalInformationPropertyTests
{
    private static readonly string[] Filler =
    [
        "经审核", "江津区几江街道", "申请人", "根据《中华人民共和国政府信息公开条例》", "现予公示", "低保对象名单",
        "联系地址：鼎山街道", "，", "。", "；", "（", "）", "身份证号", "公民身份号码：", "序号", " ", "\n",
    ];

    private readonly PersonalInformationDetector detector = new();

    [Fact]
    public void At_least_999_of_1000_planted_id_numbers_in_varied_forms_are_found()
    {
        var random = new Random(20240601);
        var found = 0;
        var misses = new List<string>();
        for (var n = 0; n < 1000; n++)
        {
            var id = RandomIdNumber(random);
            var (text, html) = Plant(random, id);
            var findings = html ? detector.ScanHtml(text) : detector.Scan(text);
            if (findings.Any(f => f.Kind == PersonalInformationKind.ResidentId && f.Value == id && f.Confidence == FindingConfidence.High))
            {
                found++;
            }
            else
            {
                misses.Add(text);
            }
        }

        Assert.True(found >= 999, $"found {found}/1000; first misses: {string.Join(" | ", misses.Take(5))}");
    }

    [Fact]
    public void Fewer_than_1_percent_of_1000_ordinary_government_sentences_are_flagged()
    {
        var random = new Random(20240602);
        var flagged = new List<string>();
        for (var n = 0; n < 1000; n++)
        {
            var sentence = GovernmentSentence(random);
            if (detector.Scan(sentence).Count > 0)
            {
                flagged.Add(sentence);
            }
        }

        Assert.True(flagged.Count < 10, $"{flagged.Count} flagged: {string.Join(" | ", flagged.Take(5))}");
    }

    [Fact]
    public void A_one_megabyte_text_is_scanned_and_every_planted_finding_counted()
    {
        const string block =
            "江津区2020年城乡低保对象公示（江津府办发〔2020〕132号，索引号11500116MB1234567X/2020-00123）。" +
            "户主张三，身份证号500116199001011234，联系电话13812345678，开户账号6222021234567890128，" +
            "邮箱zhangsan@example.com。发放金额12345678.90元，发布日期2020-01-01，咨询电话023-47521234。\n";
        var sb = new StringBuilder();
        var blocks = 0;
        while (sb.Length < 1_000_000)
        {
            sb.Append(block);
            blocks++;
        }

        var findings = detector.Scan(sb.ToString());
        Assert.Equal(4 * blocks, findings.Count);
        Assert.Equal(blocks, findings.Count(f => f.Kind == PersonalInformationKind.BankCard));
    }

    private static string RandomIdNumber(Random random)
    {
        // Jiangjin (500116) and its Chongqing neighbours 500101–500120.
        var address = "5001" + random.Next(1, 21).ToString("00");
        var birth = new DateOnly(1930, 1, 1).AddDays(random.Next(0, new DateOnly(2020, 12, 31).DayNumber - new DateOnly(1930, 1, 1).DayNumber + 1));
        var first17 = address + birth.ToString("yyyyMMdd") + random.Next(0, 1000).ToString("000");
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>Writes the number the way it turns up in leaked lists and returns the text, and
    /// whether it is HTML.</summary>
    private static (string Text, bool Html) Plant(Random random, string id)
    {
        var form = id;
        var html = false;
        switch (random.Next(8))
        {
            case 0:
                break;
            case 1:
                form = id[..6] + Pick(random, " ", "-", "　", " - ") + id[6..14] + Pick(random, " ", "-", "　") + id[14..];
                break;
            case 2:
                form = id[..6] + " " + id[6..10] + " " + id[10..14] + " " + id[14..];
                break;
            case 3:
                form = Insert(random, id, "\u200B", random.Next(1, 4));
                break;
            case 4:
                var split = random.Next(1, 17);
                form = $"<span>{id[..split]}</span><span style=\"color:red\">{id[split..]}</span>";
                html = true;
                break;
            case 5:
                form = $"<tr><td>{random.Next(1, 500)}</td><td>张*</td><td>{id}</td></tr>";
                html = true;
                break;
            case 6:
                form = random.Next(3) + " " + id;
                break;
            case 7:
                form = Insert(random, id, "-", 1);
                break;
        }

        form = RandomWidth(random, form, html);
        if (form.EndsWith('X') && random.Next(2) == 0)
        {
            form = form[..^1] + "x";
        }

        var before = string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(random, Filler)));
        var after = string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(random, Filler)));
        return (before + form + after, html);
    }

    private static string RandomWidth(Random random, string text, bool html)
    {
        var mode = random.Next(3);
        if (mode == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var inTag = false;
        foreach (var c in text)
        {
            inTag = html && (c == '<' || (inTag && c != '>'));
            var widen = !inTag && (mode == 1 || random.Next(2) == 0);
            sb.Append(widen && (char.IsAsciiDigit(c) || c == 'X') ? (char)(c + 0xFEE0) : c);
        }

        return sb.ToString();
    }

    private static string Insert(Random random, string text, string what, int times)
    {
        for (var t = 0; t < times; t++)
        {
            var at = random.Next(1, text.Length);
            text = text.Insert(at, what);
        }

        return text;
    }

    private static string GovernmentSentence(Random random)
    {
        var year = random.Next(2015, 2026);
        var parts = new Func<string>[]
        {
            () => $"{Pick(random, "江津府办发", "渝府发", "江津府发", "江津财发")}〔{year}〕{random.Next(1, 400)}号",
            () => $"索引号：11500116MB{random.Next(1000000, 9999999)}{Pick(random, "X", "0", "5")}/{year}-{random.Next(1, 99999):00000}",
            () => $"{year}-{random.Next(1, 13):00}-{random.Next(1, 29):00}",
            () => $"{year}年{random.Next(1, 13)}月{random.Next(1, 29)}日",
            () => $"{year}-{random.Next(1, 13):00}-{random.Next(1, 29):00}至{year + 1}-{random.Next(1, 13):00}-{random.Next(1, 29):00}",
            () => $"{random.Next(1, 99999999)}.{random.Next(0, 100):00}元",
            () => $"{random.Next(1, 999)},{random.Next(0, 1000):000},{random.Next(0, 1000):000}.00万元",
            () => $"咨询电话：{Pick(random, "023-", "（023）", "023 ", "023")}{random.Next(4000, 8999)}{Pick(random, "", " ", "-")}{random.Next(0, 10000):0000}",
            () => $"邮编{Pick(random, "402260", "402284", "400000")}",
            () => $"统一社会信用代码：{RandomCreditCode(random)}",
            () => $"共{random.Next(1, 5000)}户{random.Next(1, 20000)}人",
        };
        var sb = new StringBuilder(Pick(random, "经研究，", "现将", "根据", "关于", ""));
        var count = random.Next(2, 6);
        for (var k = 0; k < count; k++)
        {
            sb.Append(parts[random.Next(parts.Length)]()).Append(Pick(random, "，", "。", " ", "；", "、", "\n"));
        }

        return sb.ToString();
    }

    private static string RandomCreditCode(Random random)
    {
        var org8 = random.Next(10000000, 99999999).ToString();
        var first17 = Pick(random, "11", "12", "91", "52") + "500116" + org8 + CreditCode.ComputeOrganizationCodeCheck(org8);
        return first17 + CreditCode.ComputeCheckCharacter(first17);
    }

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];
}
