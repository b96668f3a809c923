namespace Gongkai.Domain.Concerns;

/// <summary>The stable column key (it appears in public URLs), title and place of each kind.</summary>
public static class ConcernColumns
{
    public sealed record Column(ConcernColumnKind Kind, string Key, string Title, int SortOrder);

    /// <summary>Sort orders between the statutory items (1–22) and an organ's own columns (100+).</summary>
    public static IReadOnlyList<Column> All { get; } =
    [
        new(ConcernColumnKind.ConcernResponse, "concern-response", "回应关切", 60),
        new(ConcernColumnKind.PressConference, "press-conference", "新闻发布会", 61),
        new(ConcernColumnKind.EmergencyPlan, "emergency-plan", "应急预案", 62),
        new(ConcernColumnKind.EmergencyInformation, "emergency-information", "突发事件信息", 63),
        new(ConcernColumnKind.HealthKnowledge, "health-knowledge", "公共卫生知识", 64),
    ];

    public static Column Of(ConcernColumnKind kind) => All.First(c => c.Kind == kind);

    public static Column? FindByKey(string? key) => All.FirstOrDefault(c => c.Key == key);
}
