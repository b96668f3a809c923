namespace Gongkai.Web.Features.Publications.Demo;

/// <summary>One kind of sample item: the column it goes in and how its texts are made for an organ
/// and a year. <c>{0}</c> is the organ's name, <c>{1}</c> the year.</summary>
public sealed record DemoSample(string ColumnKey, string Genre, string Topic, string Title, string Summary, string Body, bool Numbered = true);
