namespace Gongkai.Domain.TaskDivision;

/// <summary>What a column of a task table holds, told by its header name. Districts and departments
/// name the columns differently (贯彻举措 / 具体要求, 牵头单位 / 责任科室 …); the role is what counts.</summary>
public enum NoticeColumnRole
{
    /// <summary>A column this importer does not use (备注 …).</summary>
    Other,

    /// <summary>The task the measures belong to: 重点任务, 工作任务, 主要任务.</summary>
    Task,

    /// <summary>A running number: 序号, 编号.</summary>
    Number,

    /// <summary>The measure itself: 贯彻举措, 具体要求, 工作措施, 工作内容.</summary>
    Measure,

    /// <summary>The unit that leads: 牵头单位, 主办单位.</summary>
    Lead,

    /// <summary>The units that do the work: 责任单位, 配合单位, 责任科室.</summary>
    Responsible,

    /// <summary>When it is due: 时限要求, 完成时限, 完成时间.</summary>
    Deadline,
}
