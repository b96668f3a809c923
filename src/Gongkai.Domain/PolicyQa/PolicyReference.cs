using System.Text.RegularExpressions;

namespace Gongkai.Domain.PolicyQa;

/// <summary>The kinds of policy a question and answer explains.</summary>
public enum PolicyKind
{
    /// <summary>行政规范性文件 (by the document's id, its page /gfxwj/{id}).</summary>
    NormativeDocument,

    /// <summary>政策解读 (by its publication id, its page /zcjd/{id}).</summary>
    Interpretation,
}

/// <summary>One line of the “所解答的政策” field as staff type it: a page address of the library
/// (/gfxwj/12, /zcjd/34, also a full URL) or a 发文字号 of a normative document.</summary>
public sealed partial record PolicyReference(PolicyKind Kind, int? Id, string? DocumentNumber)
{
    public const int MaxLinks = 20;

    public static List<PolicyReference> ParseLines(string? text, out List<string> errors)
    {
        errors = [];
        var result = new List<PolicyReference>();
        var lines = (text ?? "").Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (PagePattern().Match(line) is { Success: true } m)
            {
                var kind = m.Groups[1].Value == "gfxwj" ? PolicyKind.NormativeDocument : PolicyKind.Interpretation;
                result.Add(new PolicyReference(kind, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), null));
            }
            else if (line.Length is > 0 and <= 100 && !line.Contains('/', StringComparison.Ordinal))
            {
                result.Add(new PolicyReference(PolicyKind.NormativeDocument, null, line));
            }
            else
            {
                errors.Add($"第 {i + 1} 行“{(line.Length > 40 ? line[..40] + "…" : line)}”既不是文件页面地址（/gfxwj/…、/zcjd/…），也不是发文字号。");
            }
        }

        if (result.Count > MaxLinks)
        {
            errors.Add($"一条问答最多关联 {MaxLinks} 个政策文件。");
        }

        return result;
    }

    [GeneratedRegex(@"/(gfxwj|zcjd)/(\d{1,9})/?$")]
    private static partial Regex PagePattern();
}
