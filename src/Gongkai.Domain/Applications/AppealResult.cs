namespace Gongkai.Domain.Applications;

/// <summary>The result columns of the annual report's table 四 (REGULATIONS.md §3.4).</summary>
public enum AppealResult
{
    Pending,
    Upheld,
    Corrected,
    Other,
}
