namespace Gongkai.Domain.Publications;

/// <summary>One item of 法定主动公开内容: an Art. 20 item (<see cref="Article"/> 20, numbers 1–15) or
/// an Art. 21 local area (<see cref="Article"/> 21, numbers 1–7). <see cref="Key"/> is the stable
/// column key used in URLs and data, so it never changes once published.</summary>
public sealed record StatutoryItem(int Article, int Number, string Key, string Label, string Title, string Text);
