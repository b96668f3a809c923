namespace Gongkai.Domain.TaskDivision;

/// <summary>Rolls measure progress up to sub-tasks, key tasks and the notice. A measure's progress
/// is the mean of its responsible organs' latest statuses (not started 0, in progress ½, done 1), or
/// 1 once the lead unit signed it off. A parent's progress is the mean over all measures beneath it,
/// so every measure weighs the same whichever sub-task it sits in. A parent is overdue if any measure
/// beneath it is, at risk if any is at risk, done when all are done.</summary>
public static class ProgressRollup
{
    public const int AtRiskDays = 14;

    public static double StatusWeight(int doneOrgans, int inProgressOrgans, int organs) =>
        organs == 0 ? 0 : (doneOrgans + (inProgressOrgans * 0.5)) / organs;

    public static ProgressState StateOf(MeasureProgress m, DateOnly today) =>
        m.Done ? ProgressState.Done
        : m.DueDate < today ? ProgressState.Overdue
        : m.DueDate.DayNumber - today.DayNumber <= AtRiskDays ? ProgressState.AtRisk
        : ProgressState.OnTrack;

    public static ProgressNode Build(IReadOnlyCollection<MeasureProgress> measures, DateOnly today)
    {
        var keyTasks = measures.GroupBy(m => m.KeyTask).OrderBy(g => g.Key)
            .Select(k => Node(k.Key, k.ToList(), today,
                k.GroupBy(m => m.SubTask).OrderBy(g => g.Key)
                    .Select(s => Node(s.Key, s.ToList(), today,
                        s.OrderBy(m => m.Measure).Select(m => Node(m.Measure, [m], today, [])).ToList()))
                    .ToList()))
            .ToList();
        return Node(0, measures.ToList(), today, keyTasks);
    }

    private static ProgressNode Node(int number, List<MeasureProgress> measures, DateOnly today, IReadOnlyList<ProgressNode> children)
    {
        var states = measures.Select(m => StateOf(m, today)).ToList();
        var state = states.Count > 0 && states.All(s => s == ProgressState.Done) ? ProgressState.Done
            : states.Contains(ProgressState.Overdue) ? ProgressState.Overdue
            : states.Contains(ProgressState.AtRisk) ? ProgressState.AtRisk
            : ProgressState.OnTrack;
        var progress = measures.Count == 0 ? 0 : measures.Average(m => m.Done ? 1 : m.Progress);
        return new ProgressNode(number, progress, measures.Count, states.Count(s => s == ProgressState.Done),
            states.Count(s => s == ProgressState.Overdue), states.Count(s => s == ProgressState.AtRisk), state, children);
    }
}
