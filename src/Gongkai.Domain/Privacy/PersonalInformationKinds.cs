namespace Gongkai.Domain.Privacy;

/// <summary>How a kind of personal information is named to staff (in check findings, import
/// refusals, the list of what was masked before publication).</summary>
public static class PersonalInformationKinds
{
    public static string Name(PersonalInformationKind kind) => kind switch
    {
        PersonalInformationKind.ResidentId => "身份证号码",
        PersonalInformationKind.ResidentIdLegacy => "身份证号码（15位）",
        PersonalInformationKind.Mobile => "手机号码",
        PersonalInformationKind.BankCard => "银行卡号",
        PersonalInformationKind.Email => "电子邮箱",
        PersonalInformationKind.PersonName => "姓名",
        _ => "个人信息",
    };
}
