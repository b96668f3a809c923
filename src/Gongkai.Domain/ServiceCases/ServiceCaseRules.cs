using System.Text;

namespace Gongkai.Domain.ServiceCases;

/// <summary>The checks every case record passes before anything is saved, from the API or from a
/// sheet: each problem is a Chinese sentence naming the field, so a row report can say what to fix.</summary>
public static class ServiceCaseRules
{
    public const int MaxNumberLength = 64;
    public const int MaxNameLength = 300;
    public const int MaxTextLength = 1000;
    public const int MaxSteps = 50;

    public static List<string> Check(ServiceCaseRecord r)
    {
        var errors = new List<string>();
        Required(errors, r.Number, "办件编号", MaxNumberLength);
        Required(errors, r.ItemCode, "事项编码", MaxNumberLength);
        Required(errors, r.ItemName, "事项名称", MaxNameLength);
        Required(errors, r.Organization, "办理机关", MaxNameLength);
        Optional(errors, r.Applicant, "申请人", MaxNameLength);
        Optional(errors, r.CurrentStep, "当前环节", MaxNameLength);
        Optional(errors, r.Result, "办理结果", MaxTextLength);
        if (string.IsNullOrWhiteSpace(r.Applicant))
        {
            errors.Add("申请人不能为空。");
        }

        if (CheckDigits.LastFour(r.Phone) is null && CheckDigits.LastFour(r.IdNumber) is null)
        {
            errors.Add("联系电话和证件号码至少填写一项（查询时以其后四位作校验），且应至少有四位数字。");
        }

        if (r.AcceptedOn is null)
        {
            errors.Add("受理日期不能为空。");
        }

        if (r.PromisedOn is null)
        {
            errors.Add("承诺办结日期不能为空。");
        }
        else if (r.AcceptedOn is { } accepted && r.PromisedOn < accepted)
        {
            errors.Add($"承诺办结日期（{r.PromisedOn:yyyy-MM-dd}）早于受理日期（{accepted:yyyy-MM-dd}）。");
        }

        if (r.FinishedOn is { } finished && r.AcceptedOn is { } from && finished < from)
        {
            errors.Add($"办结日期（{finished:yyyy-MM-dd}）早于受理日期（{from:yyyy-MM-dd}）。");
        }

        if (r.FinishedOn is not null && string.IsNullOrWhiteSpace(r.Result))
        {
            errors.Add("已办结的办件应填写办理结果。");
        }

        if (r.Steps.Count > MaxSteps)
        {
            errors.Add($"办理环节记录超过 {MaxSteps} 条。");
        }

        foreach (var s in r.Steps)
        {
            if (string.IsNullOrWhiteSpace(s.Name) || s.Name.Length > MaxNameLength)
            {
                errors.Add("办理环节记录中有环节名称为空或过长。");
                break;
            }
        }

        return errors;
    }

    /// <summary>Parses the 办理环节记录 cell: steps separated by ；/;/newline, each “环节名称 日期”
    /// (the date last), e.g. “受理 2026-11-02；审查 2026-11-05”.</summary>
    public static (List<ServiceCaseStepRecord> Steps, string? Error) ParseSteps(string? cell)
    {
        var steps = new List<ServiceCaseStepRecord>();
        if (string.IsNullOrWhiteSpace(cell))
        {
            return (steps, null);
        }

        foreach (var part in cell.Split(['；', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = part.LastIndexOfAny([' ', '\u3000', '：', ':']);
            if (space <= 0)
            {
                return (steps, $"办理环节记录“{part}”应写成“环节名称 日期”，如“受理 2026-11-02”。");
            }

            var date = Publications.ImportCells.ParseDate(part[(space + 1)..].Trim(), "办理环节记录中的日期", out var error);
            if (date is null)
            {
                return (steps, error ?? $"办理环节记录“{part}”缺少日期。");
            }

            steps.Add(new ServiceCaseStepRecord(part[..space].Trim(), date.Value));
        }

        return (steps, null);
    }

    private static void Required(List<string> errors, string? value, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{field}不能为空。");
        }
        else
        {
            Optional(errors, value, field, max);
        }
    }

    private static void Optional(List<string> errors, string? value, string field, int max)
    {
        if (value is not null && value.Length > max)
        {
            errors.Add($"{field}超过 {max} 个字符。");
        }
    }

    /// <summary>办件编号 as typed: full-width characters folded, spaces dropped, upper case.</summary>
    public static string NormalizeNumber(string? number) =>
        new((number ?? "").Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());
}
