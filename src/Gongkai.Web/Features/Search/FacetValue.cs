namespace Gongkai.Web.Features.Search;

/// <summary>One value of a facet with the number of results that have it; <see cref="Value"/> is what
/// the filter parameter takes (an organ's id, a year, a name).</summary>
public sealed record FacetValue(string Value, string Label, int Count);
