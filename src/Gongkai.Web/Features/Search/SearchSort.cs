namespace Gongkai.Web.Features.Search;

public enum SearchSort
{
    Relevance,
    Date,
}
