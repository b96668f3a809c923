using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Search;

/// <summary>The public results page: what the search box in every page's header leads to.</summary>
public sealed class SearchPageModel(SearchIndex index, TimeProvider clock, ILogger<SearchPageModel> logger) : PageModel
{
    public SearchRequest Search { get; private set; } = new();

    public SearchResult Result { get; private set; } = SearchResult.Empty(null);

    public List<string> Notices { get; } = [];

    public bool Asked { get; private set; }

    public void OnGet()
    {
        Search = SearchRequestReader.Read(HttpContext.Request.Query, out var problems);
        Notices.AddRange(problems);
        Asked = HttpContext.Request.Query.Count > 0;
        Result = index.Search(Search, clock.GetUtcNow());
        if (Result.Notice is not null)
        {
            Notices.Add(Result.Notice);
        }

        if (Notices.Count > 0)
        {
            logger.LogInformation("Search request adjusted: {Notices}", string.Join(" ", Notices));
        }
    }

    /// <summary>This search's URL with some parameters changed (null removes one); page resets to 1.</summary>
    public string Link(params (string Name, string? Value)[] changes)
    {
        var values = HttpContext.Request.Query.ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
        values.Remove("page");
        foreach (var (name, value) in changes)
        {
            values[name] = value;
        }

        var query = values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value!)}");
        return "/search?" + string.Join("&", query);
    }

    public string? Param(string name) => HttpContext.Request.Query.TryGetValue(name, out var v) ? v.ToString() : null;
}
