namespace Gongkai.Web.Features.Search;

/// <summary>Which item a saved entity change touches. <see cref="Gone"/> marks an item that just
/// left public view (withdrawn), which this node removes from its index at once.</summary>
public readonly record struct SearchChangeKey(string Kind, int Id, bool Gone = false);
