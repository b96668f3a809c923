using Gongkai.Domain.Organizations;
using Gongkai.Domain.ReadingPlaces;

namespace Gongkai.Web.Features.ReadingPlaces;

/// <summary>The registry form of a place.</summary>
public sealed class ReadingPlaceInput
{
    public int OrganizationId { get; set; }

    public ReadingPlaceKind Kind { get; set; }

    public string? Name { get; set; }

    public string? Address { get; set; }

    public string? Hours { get; set; }

    public string? Phone { get; set; }

    public List<ReadingPlaceServices> Services { get; set; } = [];

    public string? Equipment { get; set; }

    public string? PhotoUrls { get; set; }

    public string? MapUrl { get; set; }

    /// <summary>Checks the fields (Chinese messages keyed by field) and writes them to <paramref name="place"/>.</summary>
    public Dictionary<string, string> ApplyTo(ReadingPlace place)
    {
        var errors = new Dictionary<string, string>();
        var name = Name?.Trim();
        var address = Address?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            errors[nameof(Name)] = "请填写场所名称（不超过200字）。";
        }

        if (string.IsNullOrEmpty(address) || address.Length > 300)
        {
            errors[nameof(Address)] = "请填写场所地址（不超过300字）。";
        }

        if (Phone?.Trim() is { Length: > 0 } phone && ContactRules.CheckPhone(phone, "联系电话") is { } phoneError)
        {
            errors[nameof(Phone)] = phoneError;
        }

        if (MapUrl?.Trim() is { Length: > 0 } map && !(Uri.TryCreate(map, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            errors[nameof(MapUrl)] = "地图链接应为 http(s):// 开头的网址。";
        }

        var photos = (PhotoUrls ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (photos.Any(p => !(Uri.TryCreate(p, UriKind.RelativeOrAbsolute, out var u) && (!u.IsAbsoluteUri || u.Scheme is "https" or "http"))))
        {
            errors[nameof(PhotoUrls)] = "照片链接每行一个，应为网址或站内路径。";
        }

        if (!Enum.IsDefined(Kind))
        {
            errors[nameof(Kind)] = "请选择场所类型。";
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        place.OrganizationId = OrganizationId;
        place.Kind = Kind;
        place.Name = name!;
        place.Address = address!;
        place.Hours = Hours?.Trim() is { Length: > 0 } h ? h[..Math.Min(h.Length, 200)] : null;
        place.Phone = Phone?.Trim() is { Length: > 0 } p ? p : null;
        place.Services = Services.Aggregate(ReadingPlaceServices.None, (all, s) => all | s);
        place.Equipment = Equipment?.Trim() is { Length: > 0 } e ? e : null;
        place.PhotoUrls = photos.Length > 0 ? string.Join("\n", photos) : null;
        place.MapUrl = MapUrl?.Trim() is { Length: > 0 } m ? m : null;
        return errors;
    }
}
