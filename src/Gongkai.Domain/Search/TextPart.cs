namespace Gongkai.Domain.Search;

/// <summary>A piece of displayed text; <see cref="Match"/> pieces are what the query found.</summary>
public sealed record TextPart(string Text, bool Match);
