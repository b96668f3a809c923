using System.Text.RegularExpressions;
using Gongkai.Domain.Organizations;

namespace Gongkai.Domain.OrganizationFunctions;

/// <summary>Cleans and checks a 机构职能 record before it is saved. Art. 20(二) requires 机关职能,
/// 办公地址, 办公时间 and a 联系方式, so those are required; the rest is optional. Blank rows (a form's
/// spare lines) are dropped; every error names the list, the row and the field.</summary>
public static partial class FunctionsRules
{
    public const int MaxRows = 200;
    public const int MaxNameLength = 100;
    public const int MaxTextLength = 2000;

    public static (FunctionsContent Content, IReadOnlyList<string> Errors) Normalise(FunctionsContent input)
    {
        var errors = new List<string>();
        var duties = (input.Duties ?? []).Select(d => StripNumbering(Clean(d))).Where(d => d.Length > 0).ToList();
        if (duties.Count == 0)
        {
            errors.Add("请填写主要职责（至少一条）。");
        }

        for (var i = 0; i < duties.Count; i++)
        {
            Length(errors, duties[i], $"主要职责第{i + 1}条", MaxTextLength);
        }

        var bodies = (input.InternalBodies ?? []).Select(b => new InternalBody(Clean(b?.Name), Clean(b?.Duties), Optional(b?.Phone)))
            .Where(b => b.Name.Length + b.Duties.Length + (b.Phone?.Length ?? 0) > 0).ToList();
        for (var i = 0; i < bodies.Count; i++)
        {
            var row = $"内设机构第{i + 1}行";
            Required(errors, bodies[i].Name, $"{row}：请填写机构名称。");
            Length(errors, bodies[i].Name, $"{row}的名称", MaxNameLength);
            Length(errors, bodies[i].Duties, $"{row}的职责", MaxTextLength);
            Add(errors, ContactRules.CheckPhone(bodies[i].Phone ?? "", $"{row}的联系电话"));
        }

        var units = (input.Subordinates ?? []).Select(u => new SubordinateUnit(Clean(u?.Name), u?.Kind ?? SubordinateKind.Other, Clean(u?.Duties), u?.OrganizationId))
            .Where(u => u.Name.Length + u.Duties.Length > 0 || u.OrganizationId is not null).ToList();
        for (var i = 0; i < units.Count; i++)
        {
            var row = $"下属单位第{i + 1}行";
            Required(errors, units[i].Name, $"{row}：请填写单位名称。");
            Length(errors, units[i].Name, $"{row}的名称", MaxNameLength);
            Length(errors, units[i].Duties, $"{row}的职责", MaxTextLength);
            if (!Enum.IsDefined(units[i].Kind))
            {
                errors.Add($"{row}：单位类别无效，可选：{string.Join("、", SubordinateKinds.All.Select(k => k.Name))}。");
            }
        }

        var leaders = (input.Leaders ?? []).Select(l => new LeaderDuty(Clean(l?.Name), Clean(l?.Position), Clean(l?.Responsibilities)))
            .Where(l => l.Name.Length + l.Position.Length + l.Responsibilities.Length > 0).ToList();
        for (var i = 0; i < leaders.Count; i++)
        {
            var row = $"领导信息第{i + 1}行";
            Required(errors, leaders[i].Name, $"{row}：请填写姓名。");
            Required(errors, leaders[i].Position, $"{row}：请填写职务。");
            Length(errors, leaders[i].Name, $"{row}的姓名", 50);
            Length(errors, leaders[i].Position, $"{row}的职务", MaxNameLength);
            Length(errors, leaders[i].Responsibilities, $"{row}的分工", MaxTextLength);
        }

        foreach (var (count, name) in new[] { (duties.Count, "主要职责"), (bodies.Count, "内设机构"), (units.Count, "下属单位"), (leaders.Count, "领导信息") })
        {
            if (count > MaxRows)
            {
                errors.Add($"{name}最多 {MaxRows} 条（现为 {count} 条）。");
            }
        }

        var content = new FunctionsContent
        {
            Duties = duties,
            InternalBodies = bodies,
            Subordinates = units,
            Leaders = leaders,
            Address = Clean(input.Address),
            Hours = Clean(input.Hours),
            Phone = Clean(input.Phone),
            Fax = Optional(input.Fax),
            Postcode = Optional(input.Postcode),
            Website = Optional(input.Website),
        };
        Required(errors, content.Address, "请填写办公地址。");
        Required(errors, content.Hours, "请填写办公时间。");
        Required(errors, content.Phone, "请填写联系电话。");
        Add(errors, ContactRules.CheckLength(content.Address, "办公地址"));
        Add(errors, ContactRules.CheckLength(content.Hours, "办公时间"));
        Add(errors, ContactRules.CheckLength(content.Phone, "联系电话", 50) ?? ContactRules.CheckPhone(content.Phone, "联系电话"));
        Add(errors, ContactRules.CheckLength(content.Fax ?? "", "传真", 50) ?? ContactRules.CheckPhone(content.Fax ?? "", "传真"));
        if (content.Postcode is { } postcode && !PostcodePattern().IsMatch(postcode))
        {
            errors.Add($"邮编“{postcode}”格式不正确，应为6位数字，如 402260。");
        }

        if (content.Website is { } site && (site.Length > ContactRules.MaxFieldLength
            || !Uri.TryCreate(site, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add($"网址“{site}”格式不正确，应以 http:// 或 https:// 开头，如 http://www.jiangjin.gov.cn。");
        }

        return (content, errors);
    }

    /// <summary>Trims, folds line breaks of one-line fields into the text and drops control characters.</summary>
    private static string Clean(string? text) =>
        text is null ? "" : new string(text.Replace("\r\n", "\n").Where(c => c == '\n' || !char.IsControl(c)).ToArray()).Trim();

    private static string? Optional(string? text) => Clean(text) is { Length: > 0 } value ? value : null;

    /// <summary>Duties pasted from a 三定 text keep their "1．", "（一）", "2、" prefixes; the page numbers them itself.</summary>
    private static string StripNumbering(string duty) => LeadingNumber().Replace(duty, "").Trim();

    private static void Required(List<string> errors, string value, string message)
    {
        if (value.Length == 0)
        {
            errors.Add(message);
        }
    }

    private static void Length(List<string> errors, string value, string label, int max) => Add(errors, ContactRules.CheckLength(value, label, max));

    private static void Add(List<string> errors, string? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"^(?:[（(][一二三四五六七八九十百\d]+[)）]|[一二三四五六七八九十百]+、|\d+\s*[.．、,，)）])\s*")]
    private static partial Regex LeadingNumber();
}
