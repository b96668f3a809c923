namespace Gongkai.Web.Shared.Demo;

/// <summary>What every feature's demo data has in common. A demo record is recognised by two marks
/// together, so that removing the demo can never reach a real record: its title (or name, or the
/// text that stands for it) starts with <see cref="Marker"/>, and the author field the feature
/// keeps names a demo actor (<see cref="Actor"/> or one of the demo accounts, whose user names start
/// with <see cref="AccountPrefix"/>). The marker alone is not trusted: a real title may quote it.</summary>
public static class DemoData
{
    /// <summary>Configuration key that <c>--demo</c> sets to <c>true</c>.</summary>
    public const string Setting = "Gongkai:Demo";

    /// <summary>Configuration key of one password for every demo account (otherwise generated and printed).</summary>
    public const string PasswordSetting = "Gongkai:DemoPassword";

    /// <summary>Command-line switch that removes every demo record and exits.</summary>
    public const string RemoveCommand = "--demo-remove";

    /// <summary>Starts every demo title, name or summary.</summary>
    public const string Marker = "【示例】";

    /// <summary>The author of demo records written without a signed-in account (audit user name, author name).</summary>
    public const string Actor = "示例数据";

    /// <summary>User names of the demo accounts start with this.</summary>
    public const string AccountPrefix = "demo-";

    /// <summary>The organ whose case handler, editor and reviewer the demo accounts are (its
    /// applications, reports and annual report are the demo's worked example).</summary>
    public const string CaseOrgan = "区财政局";

    /// <summary>A second organ with applications, which the demo case handler must not see.</summary>
    public const string OtherCaseOrgan = "区人力社保局";

    /// <summary>The district office (区政府办公室): the supervisor's organ and its own platform.</summary>
    public const string DistrictOffice = "区政府办公室";

    public static bool IsOn(IConfiguration configuration) => string.Equals(configuration[Setting], "true", StringComparison.OrdinalIgnoreCase);

    public static bool IsMarked(string? text) => text is not null && text.StartsWith(Marker, StringComparison.Ordinal);

    public static bool IsDemoActor(string? name) =>
        name is not null && (name == Actor || name.StartsWith(AccountPrefix, StringComparison.Ordinal));

    /// <summary>The text with the marker in front (once).</summary>
    public static string Mark(string text) => IsMarked(text) ? text : Marker + text;
}
