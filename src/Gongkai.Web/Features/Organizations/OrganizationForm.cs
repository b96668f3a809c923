using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Gongkai.Domain.Organizations;
using Gongkai.Domain.PublicEnterprises;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Gongkai.Web.Features.Organizations;

/// <summary>The fields of the organ forms. Every property is text, parsed and checked here, so that
/// a bad value gets a Chinese message instead of the framework's English binding error.</summary>
public sealed class OrganizationForm
{
    [Display(Name = "机关全称")]
    public string? Name { get; set; }

    [Display(Name = "简称")]
    public string? ShortName { get; set; }

    [Display(Name = "类别")]
    public string? Kind { get; set; }

    [Display(Name = "所属行业")]
    public string? Sector { get; set; }

    [Display(Name = "主管部门")]
    public string? SupervisingOrganizationId { get; set; }

    [Display(Name = "统一社会信用代码")]
    public string? CreditCode { get; set; }

    [Display(Name = "排序号")]
    public string? SortOrder { get; set; }

    [Display(Name = "公开工作机构名称")]
    public string? OfficeName { get; set; }

    [Display(Name = "办公地址")]
    public string? OfficeAddress { get; set; }

    [Display(Name = "办公时间")]
    public string? OfficeHours { get; set; }

    [Display(Name = "联系电话")]
    public string? OfficePhone { get; set; }

    [Display(Name = "传真")]
    public string? OfficeFax { get; set; }

    [Display(Name = "电子邮箱")]
    public string? OfficeEmail { get; set; }

    [Display(Name = "公开工作机构为下属事业单位")]
    public bool OfficeIsSubordinateUnit { get; set; }

    [Display(Name = "责任领导姓名")]
    public string? LeaderName { get; set; }

    [Display(Name = "责任领导职务")]
    public string? LeaderPost { get; set; }

    [Display(Name = "备案日期")]
    public string? LeaderFiledOn { get; set; }

    /// <summary>The <see cref="Organization.Version"/> the form was filled from.</summary>
    public string? Version { get; set; }

    public static OrganizationForm From(Organization o) => new()
    {
        Name = o.Name,
        ShortName = o.ShortName,
        Kind = o.Kind.ToString(),
        CreditCode = o.CreditCode,
        Sector = o.Sector?.ToString(),
        SupervisingOrganizationId = o.SupervisingOrganizationId?.ToString(CultureInfo.InvariantCulture),
        SortOrder = o.SortOrder.ToString(CultureInfo.InvariantCulture),
        OfficeName = o.OfficeName,
        OfficeAddress = o.OfficeAddress,
        OfficeHours = o.OfficeHours,
        OfficePhone = o.OfficePhone,
        OfficeFax = o.OfficeFax,
        OfficeEmail = o.OfficeEmail,
        OfficeIsSubordinateUnit = o.OfficeIsSubordinateUnit,
        LeaderName = o.LeaderName,
        LeaderPost = o.LeaderPost,
        LeaderFiledOn = o.LeaderFiledOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Version = o.Version.ToString(),
    };

    public Guid? ParsedVersion => Guid.TryParse(Version, out var v) ? v : null;

    /// <summary>Checks the contact and leader fields and, if valid, writes them to the organ.
    /// <paramref name="today"/> (China time) bounds the filing date: a 备案 cannot have happened yet.</summary>
    public bool ApplyContactAndLeader(Organization o, ModelStateDictionary errors, string prefix, DateOnly today)
    {
        var officeName = Text(OfficeName);
        var address = Text(OfficeAddress);
        var hours = Text(OfficeHours);
        var phone = Text(OfficePhone);
        var fax = Text(OfficeFax);
        var email = Text(OfficeEmail)?.Trim();
        var leaderName = Text(LeaderName);
        var leaderPost = Text(LeaderPost);
        Add(errors, prefix, nameof(OfficeName), ContactRules.CheckLength(officeName ?? "", "公开工作机构名称", OrganizationNames.MaxNameLength));
        Add(errors, prefix, nameof(OfficeAddress), ContactRules.CheckLength(address ?? "", "办公地址"));
        Add(errors, prefix, nameof(OfficeHours), ContactRules.CheckLength(hours ?? "", "办公时间"));
        Add(errors, prefix, nameof(OfficePhone), ContactRules.CheckLength(phone ?? "", "联系电话", 50) ?? ContactRules.CheckPhone(phone ?? "", "联系电话"));
        Add(errors, prefix, nameof(OfficeFax), ContactRules.CheckLength(fax ?? "", "传真", 50) ?? ContactRules.CheckPhone(fax ?? "", "传真"));
        Add(errors, prefix, nameof(OfficeEmail), ContactRules.CheckLength(email ?? "", "电子邮箱", 100) ?? ContactRules.CheckEmail(email ?? ""));
        Add(errors, prefix, nameof(LeaderName), ContactRules.CheckLength(leaderName ?? "", "责任领导姓名", 50));
        Add(errors, prefix, nameof(LeaderPost), ContactRules.CheckLength(leaderPost ?? "", "责任领导职务", 100));
        DateOnly? filedOn = null;
        if (Text(LeaderFiledOn) is { } dateText)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                filedOn = d;
            }
            else
            {
                Add(errors, prefix, nameof(LeaderFiledOn), "备案日期格式不正确，应为“年-月-日”，如 2026-03-01。");
            }
        }

        if (filedOn is { } filed && filed > today)
        {
            Add(errors, prefix, nameof(LeaderFiledOn), $"备案日期 {filed:yyyy-MM-dd} 晚于今天（{today:yyyy-MM-dd}），请填写已向区政府办公室备案的实际日期。");
        }

        if (filedOn is not null && leaderName is null)
        {
            Add(errors, prefix, nameof(LeaderName), "填写了备案日期时，请同时填写责任领导姓名。");
        }

        if (errors.ErrorCount > 0)
        {
            return false;
        }

        o.OfficeName = officeName;
        o.OfficeAddress = address;
        o.OfficeHours = hours;
        o.OfficePhone = phone;
        o.OfficeFax = fax;
        o.OfficeEmail = email;
        o.OfficeIsSubordinateUnit = OfficeIsSubordinateUnit;
        o.LeaderName = leaderName;
        o.LeaderPost = leaderPost;
        o.LeaderFiledOn = filedOn;
        return true;
    }

    /// <summary>Checks kind, credit code and sort order (the system administrator's fields) and writes them.
    /// A public enterprise also needs its sector and its supervising department, one of <paramref name="departments"/>.</summary>
    public bool ApplyClassification(Organization o, ModelStateDictionary errors, string prefix, IReadOnlyCollection<SupervisorChoice> departments)
    {
        if (!Enum.TryParse<OrganizationKind>(Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || Kind!.All(char.IsAsciiDigit))
        {
            Add(errors, prefix, nameof(Kind), "请选择机关类别。");
        }

        PublicEnterpriseSector? sector = null;
        int? supervisor = null;
        if (kind == OrganizationKind.PublicEnterprise)
        {
            if (Enum.TryParse<PublicEnterpriseSector>(Text(Sector), ignoreCase: false, out var s) && Enum.IsDefined(s) && !Sector!.Trim().All(char.IsAsciiDigit))
            {
                sector = s;
            }
            else
            {
                Add(errors, prefix, nameof(Sector), "公共企事业单位须选择所属行业（教育、卫生健康、供电、供气、供水、供热、环境保护、公共交通之一）。");
            }

            if (int.TryParse(Text(SupervisingOrganizationId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id != o.Id && departments.Any(d => d.Id == id))
            {
                supervisor = id;
            }
            else
            {
                Add(errors, prefix, nameof(SupervisingOrganizationId), "公共企事业单位须选择主管部门（在用的区政府部门）。");
            }
        }

        var code = Text(CreditCode) is { } raw ? Domain.Organizations.CreditCode.Normalize(raw) : null;
        if (code is not null)
        {
            Add(errors, prefix, nameof(CreditCode), Domain.Organizations.CreditCode.Validate(code).Reason);
        }

        var sortOrder = o.SortOrder;
        if (Text(SortOrder) is { } sortText && !int.TryParse(sortText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out sortOrder))
        {
            Add(errors, prefix, nameof(SortOrder), "排序号应为整数。");
        }

        if (errors.ErrorCount > 0)
        {
            return false;
        }

        o.Kind = kind;
        o.Sector = sector;
        o.SupervisingOrganizationId = supervisor;
        o.CreditCode = code;
        o.SortOrder = sortOrder;
        return true;
    }

    /// <summary>True when the form carries a classification or name different from the organ's:
    /// an organ administrator's form has none of these fields, so a value here is a crafted request.</summary>
    public bool TouchesSystemFields(Organization o) =>
        (Name is not null && OrganizationNames.Clean(Name) != o.Name)
        || (ShortName is not null && OrganizationNames.Clean(ShortName) != o.ShortName)
        || (Kind is not null && Kind != o.Kind.ToString())
        || (Text(Sector) is { } sector && sector != o.Sector?.ToString())
        || (Text(SupervisingOrganizationId) is { } supervisor && supervisor != o.SupervisingOrganizationId?.ToString(CultureInfo.InvariantCulture))
        || (CreditCode is not null && Domain.Organizations.CreditCode.Normalize(CreditCode) != (o.CreditCode ?? ""))
        || (SortOrder is not null && SortOrder.Trim() != o.SortOrder.ToString(CultureInfo.InvariantCulture));

    /// <summary>The departments a public enterprise may be placed under (active 区政府部门), for the form's list.</summary>
    public static async Task<List<SupervisorChoice>> SupervisorChoicesAsync(GongkaiDbContext db, CancellationToken ct) =>
        await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && o.Kind == OrganizationKind.Department)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Select(o => new SupervisorChoice(o.Id, o.Name)).ToListAsync(ct);

    internal static void Add(ModelStateDictionary errors, string prefix, string field, string? message)
    {
        if (message is not null)
        {
            errors.AddModelError(prefix + "." + field, message);
        }
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A department offered as a public enterprise's supervising department.</summary>
public sealed record SupervisorChoice(int Id, string Name);
