namespace Gongkai.Domain.Publications;

/// <summary>How many review stages an organ uses (三审三校 by default: 初审、复审、终审) and what
/// each stage is called. The number is a setting per organ, because 47号 does not fix it
/// (REGULATIONS.md §7.3).</summary>
public static class ReviewStages
{
    public const int Default = 3;
    public const int Min = 1;
    public const int Max = 5;

    private static readonly string[] Middle = ["复审", "三审", "四审"];

    private static readonly string[] Proofreads = ["一校", "二校", "三校", "四校", "五校"];

    public static void Validate(int stages)
    {
        if (stages is < Min or > Max)
        {
            throw new PublicationRuleException($"审核环节数应为{Min}至{Max}，当前为{stages}。");
        }
    }

    /// <summary>The first stage is 初审 and the last 终审; those between are 复审, 三审, 四审.</summary>
    public static string Name(int stage, int stages)
    {
        Validate(stages);
        ArgumentOutOfRangeException.ThrowIfLessThan(stage, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(stage, stages);
        if (stage == stages)
        {
            return "终审";
        }

        return stage == 1 ? "初审" : Middle[stage - 2];
    }

    /// <summary>三审三校: each review stage goes with a proofreading (校) of the text, one by one:
    /// 一校 with 初审, 二校 with the second stage, and so on.</summary>
    public static string ProofreadName(int stage, int stages)
    {
        Validate(stages);
        ArgumentOutOfRangeException.ThrowIfLessThan(stage, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(stage, stages);
        return Proofreads[stage - 1];
    }
}
