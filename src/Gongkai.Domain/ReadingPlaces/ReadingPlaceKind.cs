using System.Text.Json.Serialization;

namespace Gongkai.Domain.ReadingPlaces;

/// <summary>政府信息查阅场所 (条例第二十四条, seed 五（二）): where the public can read government
/// information and get help with applications.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReadingPlaceKind>))]
public enum ReadingPlaceKind
{
    /// <summary>档案馆.</summary>
    Archive,

    /// <summary>图书馆.</summary>
    Library,

    /// <summary>政务服务大厅 政务公开专区.</summary>
    ServiceHallZone,

    /// <summary>公共查阅室.</summary>
    ReadingRoom,

    /// <summary>资料索取点.</summary>
    CollectionPoint,

    /// <summary>信息公告栏.</summary>
    NoticeBoard,

    /// <summary>电子信息屏.</summary>
    ElectronicScreen,
}

/// <summary>The services a place offers, from the seed's list.</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<ReadingPlaceServices>))]
public enum ReadingPlaceServices
{
    None = 0,

    /// <summary>申请指导.</summary>
    ApplicationGuidance = 1,

    /// <summary>相对集中受理.</summary>
    CentralisedAcceptance = 2,

    /// <summary>查阅.</summary>
    Reading = 4,

    /// <summary>意见收集.</summary>
    OpinionCollection = 8,

    /// <summary>公众参与咨询.</summary>
    ParticipationConsulting = 16,
}

public static class ReadingPlaceTerms
{
    public static IReadOnlyList<ReadingPlaceKind> Kinds { get; } = Enum.GetValues<ReadingPlaceKind>();

    public static IReadOnlyList<ReadingPlaceServices> Services { get; } =
        [ReadingPlaceServices.ApplicationGuidance, ReadingPlaceServices.CentralisedAcceptance, ReadingPlaceServices.Reading, ReadingPlaceServices.OpinionCollection, ReadingPlaceServices.ParticipationConsulting];

    public static string Name(ReadingPlaceKind kind) => kind switch
    {
        ReadingPlaceKind.Archive => "档案馆",
        ReadingPlaceKind.Library => "图书馆",
        ReadingPlaceKind.ServiceHallZone => "政务服务大厅政务公开专区",
        ReadingPlaceKind.ReadingRoom => "公共查阅室",
        ReadingPlaceKind.CollectionPoint => "资料索取点",
        ReadingPlaceKind.NoticeBoard => "信息公告栏",
        _ => "电子信息屏",
    };

    public static string Name(ReadingPlaceServices service) => service switch
    {
        ReadingPlaceServices.ApplicationGuidance => "申请指导",
        ReadingPlaceServices.CentralisedAcceptance => "相对集中受理",
        ReadingPlaceServices.Reading => "查阅",
        ReadingPlaceServices.OpinionCollection => "意见收集",
        ReadingPlaceServices.ParticipationConsulting => "公众参与咨询",
        _ => "",
    };

    public static string Describe(ReadingPlaceServices services) =>
        string.Join("、", Services.Where(s => services.HasFlag(s)).Select(Name));
}
