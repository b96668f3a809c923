namespace Gongkai.Domain.ServiceGuides;

/// <summary>What a guide must hold before a reviewer sees it. §7.2 lists the elements a complete
/// guide has, and the 国办 website check index scores 「办事指南要素的完整性、准确性」; the seed asks
/// for every element to be public and for 「其他材料」「有关部门」-style wording to go. So a submission
/// is refused while a required element is empty (<see cref="Missing"/>) or any text holds a phrase of
/// the administrator's list (<see cref="Vague"/>); the reviewer's approval runs the same check, so
/// nobody can wave a hit through.</summary>
public static class ServiceGuideRules
{
    public const int MaxNameLength = 200;
    public const int MaxShortLength = 500;
    public const int MaxTextLength = 4000;
    public const int MaxMaterials = 100;
    public const int MaxSteps = 50;
    public const int MaxDays = 3650;

    /// <summary>The required elements, in the order of §7.2; completeness counts these.</summary>
    public static IReadOnlyList<(string Field, string Label)> Elements { get; } =
    [
        ("name", "事项名称"), ("code", "事项编码"), ("type", "事项类型"), ("basis", "设定依据"), ("implementer", "实施主体"),
        ("theme", "服务对象"), ("conditions", "受理条件"), ("materials", "申请材料"), ("steps", "办理流程"),
        ("legalTimeLimit", "法定时限"), ("promisedTimeLimit", "承诺时限"), ("fee", "收费标准及依据"), ("location", "办理地点"),
        ("hours", "办理时间"), ("visits", "到现场次数"), ("online", "是否网办"), ("result", "办理结果"),
        ("consultPhone", "咨询电话"), ("complaintPhone", "监督投诉电话"),
    ];

    public static int RequiredCount => Elements.Count;

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["handlingUnit"] = "办理机构",
        ["applicants"] = "申请主体",
        ["feeStandard"] = "收费标准",
        ["feeBasis"] = "收费依据",
        ["onlineUrl"] = "网上办理地址",
        ["faq"] = "常见问题",
    };

    /// <summary>The Chinese name of a field path, e.g. "materials[1].name" → 申请材料第 2 项“材料名称”.</summary>
    public static string Label(string field)
    {
        if (field.StartsWith("materials[", StringComparison.Ordinal))
        {
            var close = field.IndexOf(']', StringComparison.Ordinal);
            var n = int.Parse(field[10..close], System.Globalization.CultureInfo.InvariantCulture) + 1;
            var part = field[(close + 1)..].TrimStart('.') switch
            {
                "name" => "材料名称",
                "source" => "来源渠道",
                "requirements" => "材料要求",
                "copies" => "份数",
                "form" => "原件/复印件",
                "medium" => "纸质/电子",
                _ => "",
            };
            return part.Length == 0 ? $"申请材料第 {n} 项" : $"申请材料第 {n} 项“{part}”";
        }

        if (field.StartsWith("steps[", StringComparison.Ordinal))
        {
            var n = int.Parse(field[6..field.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture) + 1;
            return $"办理流程第 {n} 步";
        }

        var element = Elements.FirstOrDefault(e => e.Field == field).Label;
        return "“" + (element ?? Labels.GetValueOrDefault(field, field)) + "”";
    }

    /// <summary>Shape errors that keep even a draft from being saved (lengths, numbers, a link that
    /// is not http(s)): the form keeps what was typed and names the field.</summary>
    public static IReadOnlyList<GuideProblem> Shape(ServiceGuideDraft d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var problems = new List<GuideProblem>();
        void Length(string field, string? value, int max)
        {
            if (value is not null && value.Length > max)
            {
                problems.Add(new(field, null, $"{Label(field)}超过 {max} 字，请精简。"));
            }
        }

        void Days(string field, int? value, int max)
        {
            if (value is < 0 || value > max)
            {
                problems.Add(new(field, null, $"{Label(field)}应为 0 至 {max} 之间的整数。"));
            }
        }

        if (string.IsNullOrWhiteSpace(d.Name))
        {
            problems.Add(new("name", null, "请填写“事项名称”。"));
        }

        Length("name", d.Name, MaxNameLength);
        Length("code", d.Code, 64);
        Length("implementer", d.Implementer, MaxNameLength);
        Length("handlingUnit", d.HandlingUnit, MaxNameLength);
        Length("consultPhone", d.ConsultPhone, 100);
        Length("complaintPhone", d.ComplaintPhone, 100);
        Length("onlineUrl", d.OnlineUrl, 1000);
        Length("hours", d.Hours, MaxShortLength);
        Length("location", d.Location, MaxShortLength);
        foreach (var (field, value) in new[] { ("basis", d.Basis), ("applicants", d.Applicants), ("conditions", d.Conditions), ("feeStandard", d.FeeStandard), ("feeBasis", d.FeeBasis), ("result", d.Result), ("faq", d.Faq) })
        {
            Length(field, value, MaxTextLength);
        }

        Days("legalTimeLimit", d.LegalTimeLimit, MaxDays);
        Days("promisedTimeLimit", d.PromisedTimeLimit, MaxDays);
        Days("visits", d.Visits, 10);
        if (d.LegalTimeLimit is { } legal && d.PromisedTimeLimit is { } promised && promised > legal)
        {
            problems.Add(new("promisedTimeLimit", null, $"“承诺时限”（{promised} 个工作日）不能长于“法定时限”（{legal} 个工作日）。"));
        }

        if (d.OnlineUrl is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            problems.Add(new("onlineUrl", null, "“网上办理地址”应为以 http:// 或 https:// 开头的完整网址。"));
        }

        if (d.Materials.Count > MaxMaterials)
        {
            problems.Add(new("materials", null, $"申请材料最多 {MaxMaterials} 项。"));
        }

        if (d.Steps.Count > MaxSteps)
        {
            problems.Add(new("steps", null, $"办理流程最多 {MaxSteps} 步。"));
        }

        for (var i = 0; i < d.Materials.Count && i < MaxMaterials; i++)
        {
            var m = d.Materials[i];
            var at = $"materials[{i}]";
            Length(at + ".name", m.Name, MaxNameLength);
            Length(at + ".source", m.Source, MaxNameLength);
            Length(at + ".requirements", m.Requirements, MaxShortLength);
            if (m.Copies is < 1 or > 99)
            {
                problems.Add(new(at + ".copies", null, $"{Label(at + ".copies")}应为 1 至 99 之间的整数。"));
            }
        }

        for (var i = 0; i < d.Steps.Count && i < MaxSteps; i++)
        {
            Length($"steps[{i}]", d.Steps[i], MaxShortLength);
        }

        return problems;
    }

    /// <summary>Required elements that are empty.</summary>
    public static IReadOnlyList<GuideProblem> Missing(ServiceGuideDraft d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var problems = new List<GuideProblem>();
        foreach (var (field, label) in Elements)
        {
            if (!Filled(d, field))
            {
                problems.Add(new(field, null, field switch
                {
                    "fee" => "请填写“收费标准及依据”，或选择“不收费”。",
                    "online" => "请选择是否可网上办理。",
                    "materials" => "请至少列出一项“申请材料”；不需要材料的事项请写明“无需提交材料”。",
                    _ => $"请填写“{label}”。",
                }));
            }
        }

        if (d.Charged == true)
        {
            if (Blank(d.FeeStandard))
            {
                problems.Add(new("feeStandard", null, "收费的事项须写明“收费标准”。"));
            }

            if (Blank(d.FeeBasis))
            {
                problems.Add(new("feeBasis", null, "收费的事项须写明“收费依据”（文件名称和文号）。"));
            }
        }

        if (d.Online == true && Blank(d.OnlineUrl))
        {
            problems.Add(new("onlineUrl", null, "可网上办理的事项须给出“网上办理地址”。"));
        }

        for (var i = 0; i < d.Materials.Count; i++)
        {
            var m = d.Materials[i];
            var at = $"materials[{i}]";
            if (Blank(m.Name))
            {
                problems.Add(new(at + ".name", null, $"请填写{Label(at + ".name")}。"));
            }

            if (Blank(m.Source))
            {
                problems.Add(new(at + ".source", null, $"请填写{Label(at + ".source")}（如申请人自备、公安机关出具）。"));
            }

            if (m.Form is null)
            {
                problems.Add(new(at + ".form", null, $"请选择{Label(at + ".form")}。"));
            }

            if (m.Medium is null)
            {
                problems.Add(new(at + ".medium", null, $"请选择{Label(at + ".medium")}。"));
            }

            if (m.Copies is null)
            {
                problems.Add(new(at + ".copies", null, $"请填写{Label(at + ".copies")}。"));
            }
        }

        return problems;
    }

    /// <summary>Every text of the guide checked against the list; one problem per field and phrase.</summary>
    public static IReadOnlyList<GuideProblem> Vague(ServiceGuideDraft d, VaguePhrases phrases)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(phrases);
        var problems = new List<GuideProblem>();
        foreach (var (field, text) in Texts(d))
        {
            foreach (var phrase in phrases.Find(text))
            {
                problems.Add(new(field, phrase, $"{Label(field)}含不确定表述“{phrase}”：请写明具体的材料、部门或依据。"));
            }
        }

        return problems;
    }

    /// <summary>Everything that blocks submission (and approval): shape, missing, vague.</summary>
    public static IReadOnlyList<GuideProblem> ForReview(ServiceGuideDraft d, VaguePhrases phrases) =>
        [.. Shape(d), .. Missing(d).Where(m => !(m.Field == "name" && Blank(d.Name))), .. Vague(d, phrases)];

    /// <summary>Required elements filled, of <see cref="RequiredCount"/>.</summary>
    public static int FilledCount(ServiceGuideDraft d) => Elements.Count(e => Filled(d, e.Field));

    private static bool Filled(ServiceGuideDraft d, string field) => field switch
    {
        "name" => !Blank(d.Name),
        "code" => !Blank(d.Code),
        "type" => d.Type is not null,
        "basis" => !Blank(d.Basis),
        "implementer" => !Blank(d.Implementer),
        "theme" => d.Theme is not null,
        "conditions" => !Blank(d.Conditions),
        "materials" => d.Materials.Count > 0,
        "steps" => d.Steps.Any(s => !Blank(s)),
        "legalTimeLimit" => d.LegalTimeLimit is not null,
        "promisedTimeLimit" => d.PromisedTimeLimit is not null,
        "fee" => d.Charged == false || (d.Charged == true && !Blank(d.FeeStandard)),
        "location" => !Blank(d.Location),
        "hours" => !Blank(d.Hours),
        "visits" => d.Visits is not null,
        "online" => d.Online is not null,
        "result" => !Blank(d.Result),
        "consultPhone" => !Blank(d.ConsultPhone),
        "complaintPhone" => !Blank(d.ComplaintPhone),
        _ => true,
    };

    private static IEnumerable<(string Field, string? Text)> Texts(ServiceGuideDraft d)
    {
        yield return ("name", d.Name);
        yield return ("basis", d.Basis);
        yield return ("implementer", d.Implementer);
        yield return ("handlingUnit", d.HandlingUnit);
        yield return ("applicants", d.Applicants);
        yield return ("conditions", d.Conditions);
        for (var i = 0; i < d.Materials.Count; i++)
        {
            yield return ($"materials[{i}].name", d.Materials[i].Name);
            yield return ($"materials[{i}].source", d.Materials[i].Source);
            yield return ($"materials[{i}].requirements", d.Materials[i].Requirements);
        }

        for (var i = 0; i < d.Steps.Count; i++)
        {
            yield return ($"steps[{i}]", d.Steps[i]);
        }

        yield return ("feeStandard", d.FeeStandard);
        yield return ("feeBasis", d.FeeBasis);
        yield return ("location", d.Location);
        yield return ("hours", d.Hours);
        yield return ("result", d.Result);
        yield return ("faq", d.Faq);
    }

    private static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);
}
