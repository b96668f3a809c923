namespace Gongkai.Domain.NormativeDocuments;

/// <summary>解读形式: 文字, 图解, 视频, 音频, 问答.</summary>
public enum InterpretationForm
{
    Text,
    Graphic,
    Video,
    Audio,
    QuestionsAndAnswers,
}
