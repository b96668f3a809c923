namespace Gongkai.Domain.Privacy;

public enum PersonalInformationKind
{
    /// <summary>18-character 居民身份证号码.</summary>
    ResidentId,

    /// <summary>15-digit 身份证号码 issued before 1999.</summary>
    ResidentIdLegacy,

    /// <summary>Mainland mobile number, 1[3-9] + 9 digits.</summary>
    Mobile,

    /// <summary>16–19 digit Luhn-valid bank card number.</summary>
    BankCard,

    Email,

    /// <summary>A private person's name the caller knows to be in play (an applicant's, under
    /// 条例 Art. 44): names cannot be recognised in general, only looked for.</summary>
    PersonName,
}
