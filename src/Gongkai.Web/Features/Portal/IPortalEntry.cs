namespace Gongkai.Web.Features.Portal;

/// <summary>Where an entry sits on the home page (《政府网站发展指引》's columns).</summary>
public enum PortalSection
{
    /// <summary>办事服务.</summary>
    Services,

    /// <summary>互动交流.</summary>
    Interaction,

    /// <summary>信息发布: catalogues of what is published (e.g. 标准目录).</summary>
    Publishing,
}

/// <summary>A link on the home page's 办事服务 or 互动交流 block. A feature registers its own from
/// its XxxFeature.cs (<c>services.AddPortalEntry(...)</c>), so an entry exists exactly when the
/// feature that answers its URL does: the home page never shows a dead link.</summary>
public interface IPortalEntry
{
    PortalSection Section { get; }

    string Title { get; }

    /// <summary>A path on this site.</summary>
    string Url { get; }

    /// <summary>One line under the title.</summary>
    string Description { get; }

    /// <summary>Smaller first within its section.</summary>
    int Order { get; }
}

public sealed record PortalEntry(PortalSection Section, string Title, string Url, string Description, int Order = 100) : IPortalEntry;

public static class PortalEntries
{
    public static IServiceCollection AddPortalEntry(this IServiceCollection services, PortalSection section, string title, string url, string description, int order = 100) =>
        services.AddSingleton<IPortalEntry>(new PortalEntry(section, title, url, description, order));

    public static string Label(PortalSection section) => section switch
    {
        PortalSection.Services => "办事服务",
        PortalSection.Interaction => "互动交流",
        PortalSection.Publishing => "信息发布",
        _ => section.ToString(),
    };
}
