using System.Text.Json;

namespace Gongkai.Web.Features.Organizations;

/// <summary>How an <see cref="OrganizationKind"/> is written: in Chinese for people, in camelCase for the API.</summary>
public static class OrganizationKindText
{
    public static string Chinese(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Government => "区人民政府",
        OrganizationKind.Department => "区政府部门",
        OrganizationKind.Vertical => "垂直管理单位",
        OrganizationKind.Town => "镇",
        OrganizationKind.Subdistrict => "街道",
        OrganizationKind.Party => "党委机关",
        OrganizationKind.PublicEnterprise => "公共企事业单位",
        _ => kind.ToString(),
    };

    public static string Api(OrganizationKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    /// <summary>Parses the API's camelCase name; numbers are refused so that the enum's order never becomes part of the API.</summary>
    public static bool TryParseApi(string? text, out OrganizationKind kind)
    {
        kind = default;
        return !string.IsNullOrWhiteSpace(text) && !text.Trim().All(char.IsAsciiDigit)
            && Enum.TryParse(text.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind);
    }

    public static string ApiNames => string.Join("、", Enum.GetValues<OrganizationKind>().Select(Api));
}
