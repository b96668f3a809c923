namespace Gongkai.Domain.Concerns;

/// <summary>The 回应关切 and emergency columns every organ's platform carries (《政府网站发展指引》
/// 解读回应; 突发事件信息 and 应急预案 under the regulation's Art. 20). Each kind has its own template.</summary>
public enum ConcernColumnKind
{
    /// <summary>新闻发布会: date, speakers, topic, text record, video and picture links.</summary>
    PressConference,

    /// <summary>回应关切: the concern with its source and date, the response and how long it took.</summary>
    ConcernResponse,

    /// <summary>应急预案.</summary>
    EmergencyPlan,

    /// <summary>突发事件信息 / 疫情信息.</summary>
    EmergencyInformation,

    /// <summary>公共卫生知识 / 科普.</summary>
    HealthKnowledge,
}
