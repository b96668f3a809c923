namespace Gongkai.Domain.StandardCatalogs;

/// <summary>公开渠道和载体: the checkboxes of the published catalogues (REGULATIONS.md §6), the
/// common ones first and then the area-specific additions. A row may tick several.</summary>
[Flags]
public enum DisclosureChannel
{
    None = 0,
    GovernmentWebsite = 1 << 0,
    WeiboWeChatApp = 1 << 1,
    RadioTelevision = 1 << 2,
    ReadingPoint = 1 << 3,
    ServiceStation = 1 << 4,
    Gazette = 1 << 5,
    PressConferenceHearing = 1 << 6,
    PrintMedia = 1 << 7,
    ServiceCentre = 1 << 8,
    DoorToDoorOnSite = 1 << 9,
    NoticeBoard = 1 << 10,
    TargetedPush = 1 << 11,
    Other = 1 << 12,
    InvestmentApprovalPlatform = 1 << 13,
    ResourceTradingPlatform = 1 << 14,
    CreditChina = 1 << 15,
    RegulatorWebsite = 1 << 16,
}
