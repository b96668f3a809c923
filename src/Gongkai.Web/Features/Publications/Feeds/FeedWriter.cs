using System.Globalization;
using System.Text;
using System.Xml;

namespace Gongkai.Web.Features.Publications.Feeds;

/// <summary>Writes Atom 1.0 (RFC 4287) and RSS 2.0 in UTF-8. Written with XmlWriter rather than a
/// syndication library: the two formats are small and this keeps Chinese text as plain characters.</summary>
public static class FeedWriter
{
    public const string AtomType = "application/atom+xml; charset=utf-8";

    public const string RssType = "application/rss+xml; charset=utf-8";

    private const string AtomNs = "http://www.w3.org/2005/Atom";

    private static XmlWriterSettings Settings => new() { Encoding = new UTF8Encoding(false), Indent = true, Async = true };

    public static byte[] Atom(string title, string selfUrl, string pageUrl, string author, DateTimeOffset now, IReadOnlyList<FeedEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, Settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", AtomNs);
            w.WriteAttributeString("xml", "lang", null, "zh-CN");
            w.WriteElementString("title", AtomNs, title);
            w.WriteElementString("id", AtomNs, selfUrl);
            Link(w, "self", selfUrl, "application/atom+xml");
            Link(w, "alternate", pageUrl, "text/html");
            w.WriteElementString("updated", AtomNs, Atom(entries.Count == 0 ? now : entries.Max(e => e.Updated)));
            w.WriteStartElement("author", AtomNs);
            w.WriteElementString("name", AtomNs, author);
            w.WriteEndElement();
            foreach (var e in entries)
            {
                w.WriteStartElement("entry", AtomNs);
                w.WriteElementString("title", AtomNs, e.Title);
                w.WriteElementString("id", AtomNs, e.Url);
                Link(w, "alternate", e.Url, "text/html");
                w.WriteElementString("published", AtomNs, Atom(e.Published));
                w.WriteElementString("updated", AtomNs, Atom(e.Updated));
                if (Describe(e) is { } summary)
                {
                    w.WriteElementString("summary", AtomNs, summary);
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        return stream.ToArray();
    }

    public static byte[] Rss(string title, string selfUrl, string pageUrl, string description, DateTimeOffset now, IReadOnlyList<FeedEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, Settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "atom", null, AtomNs);
            w.WriteStartElement("channel");
            w.WriteElementString("title", title);
            w.WriteElementString("link", pageUrl);
            w.WriteElementString("description", description);
            w.WriteElementString("language", "zh-cn");
            w.WriteElementString("lastBuildDate", (entries.Count == 0 ? now : entries.Max(e => e.Updated)).ToString("r", CultureInfo.InvariantCulture));
            w.WriteStartElement("link", AtomNs);
            w.WriteAttributeString("href", selfUrl);
            w.WriteAttributeString("rel", "self");
            w.WriteAttributeString("type", "application/rss+xml");
            w.WriteEndElement();
            foreach (var e in entries)
            {
                w.WriteStartElement("item");
                w.WriteElementString("title", e.Title);
                w.WriteElementString("link", e.Url);
                w.WriteStartElement("guid");
                w.WriteAttributeString("isPermaLink", "true");
                w.WriteString(e.Url);
                w.WriteEndElement();
                w.WriteElementString("pubDate", e.Published.ToString("r", CultureInfo.InvariantCulture));
                if (Describe(e) is { } summary)
                {
                    w.WriteElementString("description", summary);
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static string? Describe(FeedEntry e) =>
        e.IndexNumber is null ? e.Summary : e.Summary is null ? $"索引号：{e.IndexNumber}" : $"索引号：{e.IndexNumber}。{e.Summary}";

    private static void Link(XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", AtomNs);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static string Atom(DateTimeOffset at) => at.ToOffset(Shared.ChinaTime.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
