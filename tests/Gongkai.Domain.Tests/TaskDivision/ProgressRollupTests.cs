using Gongkai.Domain.TaskDivision;

namespace Gongkai.Domain.Tests.TaskDivision;

public class ProgressRollupTests
{
    private static readonly DateOnly Today = new(2020, 10, 20);

    [Fact]
    public void A_measure_is_the_mean_of_its_organs_statuses()
    {
        Assert.Equal(0.5, ProgressRollup.StatusWeight(doneOrgans: 1, inProgressOrgans: 0, organs: 2));
        Assert.Equal(0.75, ProgressRollup.StatusWeight(doneOrgans: 1, inProgressOrgans: 1, organs: 2));
        Assert.Equal(0, ProgressRollup.StatusWeight(0, 0, 0));
    }

    [Fact]
    public void Parents_average_over_all_measures_beneath_them()
    {
        var tree = ProgressRollup.Build(
        [
            new(1, 1, 1, 1.0, true, new DateOnly(2020, 12, 31)),
            new(1, 1, 2, 0.5, false, new DateOnly(2020, 12, 31)),
            new(1, 2, 1, 0.0, false, new DateOnly(2020, 12, 31)),
            new(2, 1, 1, 0.25, false, new DateOnly(2020, 12, 31)),
        ], Today);

        Assert.Equal((1.0 + 0.5 + 0 + 0.25) / 4, tree.Progress, 6);
        Assert.Equal(0.5, tree.Children[0].Progress, 6);
        Assert.Equal(0.75, tree.Children[0].Children[0].Progress, 6);
        Assert.Equal(0.25, tree.Children[1].Progress, 6);
        Assert.Equal((4, 1), (tree.Measures, tree.DoneMeasures));
        Assert.Equal(44, tree.Percent);
    }

    [Fact]
    public void Overdue_and_at_risk_colour_every_ancestor_and_done_needs_every_measure()
    {
        var tree = ProgressRollup.Build(
        [
            new(1, 1, 1, 0.5, false, new DateOnly(2020, 10, 19)),
            new(1, 2, 1, 0.0, false, new DateOnly(2020, 11, 3)),
            new(2, 1, 1, 1.0, true, new DateOnly(2020, 8, 31)),
            new(3, 1, 1, 0.0, false, new DateOnly(2020, 12, 31)),
        ], Today);

        Assert.Equal(ProgressState.Overdue, tree.State);
        Assert.Equal(ProgressState.Overdue, tree.Children[0].State);
        Assert.Equal(ProgressState.AtRisk, tree.Children[0].Children[1].State);
        Assert.Equal(ProgressState.Done, tree.Children[1].State);
        Assert.Equal(ProgressState.OnTrack, tree.Children[2].State);
        Assert.Equal((1, 1), (tree.OverdueMeasures, tree.AtRiskMeasures));
    }
}
