namespace Gongkai.Domain.NormativeDocuments;

/// <summary>Chinese labels for the enums shown to people.</summary>
public static class NormativeLabels
{
    public static string Of(InterpretationForm form) => form switch
    {
        InterpretationForm.Text => "文字解读",
        InterpretationForm.Graphic => "图解",
        InterpretationForm.Video => "视频解读",
        InterpretationForm.Audio => "音频解读",
        InterpretationForm.QuestionsAndAnswers => "问答",
        _ => form.ToString(),
    };

    /// <summary>The relation as read from the acting document (<paramref name="forward"/>) or from the one acted on.</summary>
    public static string Of(RelationKind kind, bool forward) => (kind, forward) switch
    {
        (RelationKind.Amends, true) => "修改了",
        (RelationKind.Amends, false) => "被修改",
        (RelationKind.Repeals, true) => "废止了",
        (RelationKind.Repeals, false) => "被废止",
        (RelationKind.Replaces, true) => "替代了",
        (RelationKind.Replaces, false) => "被替代",
        _ => kind.ToString(),
    };
}
