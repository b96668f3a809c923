namespace Gongkai.Domain.PowerLists;

/// <summary>权力类型: the ten kinds of administrative power of a 权责清单, plus 公共服务 for the
/// public-service list kept beside it. The order is the order lists are printed in.</summary>
public enum PowerType
{
    /// <summary>行政许可.</summary>
    Licence,

    /// <summary>行政处罚.</summary>
    Penalty,

    /// <summary>行政强制.</summary>
    Coercion,

    /// <summary>行政征收.</summary>
    Levy,

    /// <summary>行政给付.</summary>
    Payment,

    /// <summary>行政检查.</summary>
    Inspection,

    /// <summary>行政确认.</summary>
    Confirmation,

    /// <summary>行政奖励.</summary>
    Reward,

    /// <summary>行政裁决.</summary>
    Adjudication,

    /// <summary>其他行政权力.</summary>
    Other,

    /// <summary>公共服务.</summary>
    PublicService,
}
