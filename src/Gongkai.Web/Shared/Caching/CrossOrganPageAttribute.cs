namespace Gongkai.Web.Shared.Caching;

/// <summary>Marks a cached public page that shows items of any organ without naming one in its
/// route (the home page, 回应关切, 专题): <see cref="PortalCachePolicy"/> tags it like the directory,
/// so every publication change evicts it.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class CrossOrganPageAttribute : Attribute;
