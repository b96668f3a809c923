namespace Gongkai.Web.Features.Publications;

/// <summary>The last 索引号 serial an organ issued in a year. Serials only ever go up, so a number
/// is never issued twice, even after the item is withdrawn.</summary>
public sealed class IndexSerial
{
    public int OrganizationId { get; set; }

    public int Year { get; set; }

    public int LastSerial { get; set; }
}
