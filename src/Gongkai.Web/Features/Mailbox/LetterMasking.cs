using System.Text;
using Gongkai.Domain.Privacy;

namespace Gongkai.Web.Features.Mailbox;

/// <summary>What the public sees of a letter: the texts with personal data removed by the detector and
/// masker publications use (ID, mobile, bank card, e-mail), the writer's own name replaced by 网友 and
/// their own phone (even a landline) masked wherever it was written. The report lists each change as
/// its kind and masked form, never the original, so the reviewer sees what went without revealing it again.</summary>
public static class LetterMasking
{
    public const string Anonymous = "网友";

    public sealed record Result(string Subject, string Content, string Reply, IReadOnlyList<string> Items)
    {
        public string? Report => Items.Count == 0 ? null : string.Join("；", Items);
    }

    public static Result Mask(string subject, string content, string reply, string? name, string? phone, string? email)
    {
        var items = new List<string>();
        var names = string.IsNullOrWhiteSpace(name) ? [] : new[] { name.Trim() };
        var detector = new PersonalInformationDetector(knownNames: names);
        string Apply(string text, string where)
        {
            var findings = detector.Scan(text);
            var sb = new StringBuilder(text.Length);
            var position = 0;
            foreach (var f in findings)
            {
                var (kind, replacement) = f.Kind == PersonalInformationKind.PersonName
                    ? ("写信人姓名", Anonymous)
                    : (PersonalInformationKinds.Name(f.Kind), f.Masked);
                items.Add($"{where}：{kind} → {replacement}");
                sb.Append(text, position, f.Start - position).Append(replacement);
                position = f.End;
            }

            var result = sb.Append(text, position, text.Length - position).ToString();
            foreach (var own in new[] { phone, email }.Where(v => !string.IsNullOrWhiteSpace(v) && v!.Trim().Length >= 5))
            {
                var value = own!.Trim();
                if (result.Contains(value, StringComparison.OrdinalIgnoreCase))
                {
                    var masked = value.Length <= 4 ? new string('*', value.Length) : string.Concat(value.AsSpan(0, 2), new string('*', value.Length - 4), value.AsSpan(value.Length - 2));
                    items.Add($"{where}：写信人联系方式 → {masked}");
                    result = result.Replace(value, masked, StringComparison.OrdinalIgnoreCase);
                }
            }

            return result;
        }

        return new Result(Apply(subject, "标题"), Apply(content, "内容"), Apply(reply, "答复"), items);
    }
}
