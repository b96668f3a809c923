namespace Gongkai.Domain.DisclosureGuides;

/// <summary>The organ's current contact details as the 指南 prints them (Art. 12: 名称、办公地址、
/// 办公时间、联系电话、传真号码、互联网联系方式). Built when the guide is shown, from the organ's published
/// 机构职能 record, or from its directory record when it has none, so the guide cannot drift.</summary>
public sealed record OrganContact(string OfficeName, string? Address, string? Hours, string? Phone, string? Fax, string? Postcode,
    string? Email, string? Website, bool FromFunctionsRecord);
