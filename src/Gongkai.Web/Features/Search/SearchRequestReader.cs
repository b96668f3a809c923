using System.Globalization;
using Gongkai.Domain.Search;
using Microsoft.Extensions.Primitives;

namespace Gongkai.Web.Features.Search;

/// <summary>Reads a <see cref="SearchRequest"/> from query-string parameters (shared by the page and
/// the API) without model binding, so that malformed values give a Chinese message rather than a
/// bare 400, and so every text value is normalised and length-capped before use.</summary>
public static class SearchRequestReader
{
    private const int MaxFieldLength = 64;

    private static readonly DateOnly MinDate = new(1900, 1, 1);

    private static readonly DateOnly MaxDate = new(2999, 12, 31);

    public static SearchRequest Read(IQueryCollection query, out List<string> problems)
    {
        var errors = new List<string>();
        problems = errors;
        string? Text(string name, int max = MaxFieldLength)
        {
            var value = SearchText.Normalize(First(query[name]));
            return value.Length == 0 ? null : value.Length > max ? value[..max] : value;
        }

        int? Number(string name, string label, int min, int max)
        {
            var raw = SearchText.Normalize(First(query[name]));
            if (raw.Length == 0)
            {
                return null;
            }

            if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            {
                return n;
            }

            errors.Add($"{label}应为 {min} 到 {max} 之间的整数，已忽略。");
            return null;
        }

        DateOnly? Date(string name, string label)
        {
            var raw = SearchText.Normalize(First(query[name]));
            if (raw.Length == 0)
            {
                return null;
            }

            if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                // The ends of the calendar (0001-01-01, 9999-12-31) overflow when turned into China-time
                // instants; nothing public is dated outside this range.
                if (d < MinDate || d > MaxDate)
                {
                    errors.Add($"{label}应在 {MinDate:yyyy-MM-dd} 至 {MaxDate:yyyy-MM-dd} 之间，已忽略。");
                    return null;
                }

                return d;
            }

            errors.Add($"{label}应写作 2026-01-31 的形式，已忽略。");
            return null;
        }

        var sort = Text("sort") switch
        {
            null or "relevance" => SearchSort.Relevance,
            "date" => SearchSort.Date,
            _ => Invalid(errors, "排序方式只能是 relevance（相关度）或 date（时间），已按相关度排序。"),
        };

        return new SearchRequest
        {
            // The raw query goes to SearchQuery, which normalises and caps it and says so.
            Query = First(query["q"]),
            TitleOnly = Text("title") is "1" or "true" or "on",
            OrganizationId = Number("org", "机关", 1, int.MaxValue),
            Category = Text("category"),
            Topic = Text("topic"),
            Genre = Text("genre"),
            Validity = Text("validity"),
            Year = Number("year", "年份", 1949, 2100),
            DocumentNumber = Text("docno"),
            DocumentPrefix = Text("docPrefix"),
            DocumentYear = Number("docYear", "发文年份", 1949, 2100),
            DocumentSerial = Number("docSerial", "发文序号", 1, 999_999),
            IndexNumber = Text("indexNumber"),
            From = Date("from", "起始日期"),
            To = Date("to", "截止日期"),
            Sort = sort,
            Page = Number("page", "页码", 1, 10_000) ?? 1,
            PageSize = Number("pageSize", "每页条数", 1, SearchRequest.MaxPageSize) ?? 20,
        };
    }

    private static SearchSort Invalid(List<string> errors, string message)
    {
        errors.Add(message);
        return SearchSort.Relevance;
    }

    private static string? First(StringValues values) => values.Count > 0 ? values[0] : null;
}
