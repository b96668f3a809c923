namespace Gongkai.Web.Features.NormativeDocuments.Import;

/// <summary>The columns the normative import reads beyond the platform import's (机关, 栏目, 标题, 正文,
/// 发文字号, 成文日期, 发布日期, 索引号, 有效性).</summary>
public static class NormativeImportColumns
{
    public const string EffectiveOn = "施行日期";
    public const string ExpiresOn = "有效期至";
    public const string ValidityChangedOn = "有效性变更日期";
    public const string NeedsInterpretation = "需要解读";
    public const string InterpretedNumbers = "解读文件发文字号";
    public const string Form = "解读形式";
    public const string FilingNumber = "备案号";
    public const string FiledOn = "备案日期";
    public const string JointIssuers = "联合发文机关";

    public static IReadOnlyList<string> All { get; } =
        [EffectiveOn, ExpiresOn, ValidityChangedOn, NeedsInterpretation, InterpretedNumbers, Form, FilingNumber, FiledOn, JointIssuers];
}
