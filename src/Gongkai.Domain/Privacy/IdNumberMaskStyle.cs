namespace Gongkai.Domain.Privacy;

/// <summary>No national standard fixes one mask for ID numbers; organs follow local notices, so the
/// style is configurable (SECURITY.md §2.3).</summary>
public enum IdNumberMaskStyle
{
    /// <summary><c>500116********1234</c>: the Gongkai default.</summary>
    KeepFirst6Last4,

    /// <summary><c>50*************234</c>: the stricter style of e.g. the 永安市 2023 notice.</summary>
    KeepFirst2Last3,
}
