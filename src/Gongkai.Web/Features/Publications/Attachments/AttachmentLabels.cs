using System.Globalization;
using Gongkai.Domain.Publications;

namespace Gongkai.Web.Features.Publications.Attachments;

/// <summary>How attachments are described on pages: "PDF，1.2 MB".</summary>
public static class AttachmentLabels
{
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB"),
    };

    public static string Type(AttachmentKind kind) => AttachmentTypes.Of(kind).Label;

    public static string Of(AttachmentTextStatus status) => status switch
    {
        AttachmentTextStatus.Extracted => "已提取文字",
        AttachmentTextStatus.NotSupported => "无法提取文字",
        _ => "文字提取失败",
    };
}
