namespace Gongkai.Web.Features.Search;

/// <summary>A search as the results page and the API ask for it. Every text field is literal.</summary>
public sealed record SearchRequest
{
    public const int MaxPageSize = 50;

    public string? Query { get; init; }

    public bool TitleOnly { get; init; }

    public int? OrganizationId { get; init; }

    public string? Category { get; init; }

    public string? Topic { get; init; }

    public string? Genre { get; init; }

    public string? Validity { get; init; }

    public int? Year { get; init; }

    /// <summary>发文字号, whole or in part: organ prefix, year, serial number.</summary>
    public string? DocumentNumber { get; init; }

    public string? DocumentPrefix { get; init; }

    public int? DocumentYear { get; init; }

    public int? DocumentSerial { get; init; }

    public string? IndexNumber { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public SearchSort Sort { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}
