namespace Gongkai.Domain.StandardCatalogs;

/// <summary>One row of a catalogue as read from a sheet or sent as JSON: the cells as text.</summary>
public sealed class CatalogueRowInput
{
    public string? Level1 { get; set; }

    public string? Level2 { get; set; }

    public string? Content { get; set; }

    public string? Basis { get; set; }

    public string? TimeLimit { get; set; }

    public string? Subject { get; set; }

    public string? Channels { get; set; }

    public string? Audience { get; set; }

    public string? Mode { get; set; }

    public string? Level { get; set; }

    /// <summary>The platform column the row maps to (its key or title); when blank the importer looks
    /// for a column titled as the 二级事项 or 一级事项.</summary>
    public string? Column { get; set; }
}

/// <summary>A checked row: the values, or the errors that keep the import from being saved;
/// <see cref="Warnings"/> never stop it (an unknown channel is kept as 其他, an unreadable 公开时限
/// counts as 20 working days).</summary>
public sealed record CatalogueRow(int Row, CatalogueRowInput Input, CatalogueTimeLimit TimeLimit, DisclosureChannel Channels,
    string? OtherChannels, CatalogueAudience Audience, CatalogueMode Mode, CatalogueLevel Level,
    IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    public bool Ok => Errors.Count == 0;
}
