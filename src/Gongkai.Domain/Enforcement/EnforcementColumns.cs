namespace Gongkai.Domain.Enforcement;

/// <summary>The Chinese column names of an enforcement-decision sheet (and the names the API's
/// fields are checked under), with the spellings organs use for the same column.</summary>
public static class EnforcementColumns
{
    public const string Category = "执法类别";
    public const string DocumentNumber = "决定文书号";
    public const string PartyKind = "当事人类型";
    public const string PartyName = "当事人名称";
    public const string IdNumber = "身份证号码";
    public const string CreditCode = "统一社会信用代码";
    public const string Matter = "事项名称";
    public const string Facts = "违法事实/许可内容";
    public const string Basis = "依据";
    public const string Result = "决定结果";
    public const string FineAmount = "罚款金额（元）";
    public const string DecidedOn = "决定日期";
    public const string ValidFrom = "有效期自";
    public const string ValidUntil = "有效期至";
    public const string SimpleProcedure = "简易程序";
    public const string Protected = "不公开当事人";

    public static IReadOnlyList<string> Required { get; } = [Category, DocumentNumber, PartyKind, PartyName, Matter, Facts, Basis, Result, DecidedOn];

    public static IReadOnlyList<string> Headers { get; } =
        [Category, DocumentNumber, PartyKind, PartyName, IdNumber, CreditCode, Matter, Facts, Basis, Result, FineAmount, DecidedOn, ValidFrom, ValidUntil, SimpleProcedure, Protected];

    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["执法类型"] = Category,
        ["决定类别"] = Category,
        ["类别"] = Category,
        ["决定书文号"] = DocumentNumber,
        ["行政许可决定书文号"] = DocumentNumber,
        ["行政处罚决定书文号"] = DocumentNumber,
        ["文书号"] = DocumentNumber,
        ["相对人类型"] = PartyKind,
        ["当事人"] = PartyName,
        ["行政相对人名称"] = PartyName,
        ["相对人名称"] = PartyName,
        ["身份证号"] = IdNumber,
        ["证件号码"] = IdNumber,
        ["行政相对人代码"] = CreditCode,
        ["信用代码"] = CreditCode,
        ["项目名称"] = Matter,
        ["处罚名称"] = Matter,
        ["违法事实"] = Facts,
        ["许可内容"] = Facts,
        ["处罚事由"] = Facts,
        ["主要事实"] = Facts,
        ["处罚依据"] = Basis,
        ["许可依据"] = Basis,
        ["执法依据"] = Basis,
        ["结果"] = Result,
        ["处罚结果"] = Result,
        ["决定内容"] = Result,
        ["罚款金额"] = FineAmount,
        ["罚款金额(元)"] = FineAmount,
        ["作出决定日期"] = DecidedOn,
        ["许可决定日期"] = DecidedOn,
        ["处罚决定日期"] = DecidedOn,
        ["有效期起"] = ValidFrom,
        ["有效期止"] = ValidUntil,
        ["是否简易程序"] = SimpleProcedure,
        ["涉及未成年人等保护信息"] = Protected,
    };

    /// <summary>The column a header cell names, or null (spaces and full-width brackets ignored).</summary>
    public static string? Match(string? header)
    {
        var value = string.Concat((header ?? "").Where(c => !char.IsWhiteSpace(c) && c != '*'));
        if (value.Length == 0)
        {
            return null;
        }

        return Headers.Contains(value) ? value : Aliases.GetValueOrDefault(value);
    }
}
