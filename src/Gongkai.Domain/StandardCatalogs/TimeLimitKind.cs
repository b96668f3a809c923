namespace Gongkai.Domain.StandardCatalogs;

/// <summary>How a catalogue row's 公开时限 reads.</summary>
public enum TimeLimitKind
{
    /// <summary>“自信息形成或者变更之日起N个工作日内”, “N个工作日内”.</summary>
    WorkingDays,

    /// <summary>“实时公开”: by the next working day.</summary>
    Realtime,

    /// <summary>“及时公开”: no number of its own, so Art. 26's 20 working days are the ceiling.</summary>
    Prompt,

    /// <summary>“每月”.</summary>
    Monthly,

    /// <summary>“每季度”.</summary>
    Quarterly,

    /// <summary>“每年…前” / “每年”.</summary>
    Yearly,

    /// <summary>Text nobody could read: Art. 26's 20 working days apply, with a warning.</summary>
    Unparsed,
}
