namespace Gongkai.Web.Features.Publications;

/// <summary>What an editor writes: the Art. 12 catalogue fields, the document's metadata and its
/// body. Shared by the public version (<see cref="Publication"/>) and each revision.</summary>
public abstract class PublicationContent
{
    public int ColumnId { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>发文字号, e.g. 江津府办发〔2026〕12号.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>主题分类.</summary>
    public string? Topic { get; set; }

    /// <summary>体裁分类.</summary>
    public string? Genre { get; set; }

    public PublicationValidity Validity { get; set; }

    /// <summary>成文日期.</summary>
    public DateOnly? SignedOn { get; set; }

    /// <summary>生成日期 (Art. 12), from which the Art. 26 limit of 20 working days runs.</summary>
    public DateOnly FormedOn { get; set; }

    /// <summary>内容概述 (Art. 12).</summary>
    public string? Summary { get; set; }

    /// <summary>Always sanitised before it is stored.</summary>
    public string BodyHtml { get; set; } = string.Empty;

    /// <summary>更正说明: why this revision differs from the one before.</summary>
    public string? RevisionNote { get; set; }

    public void CopyContentFrom(PublicationContent other)
    {
        ColumnId = other.ColumnId;
        Title = other.Title;
        DocumentNumber = other.DocumentNumber;
        Topic = other.Topic;
        Genre = other.Genre;
        Validity = other.Validity;
        SignedOn = other.SignedOn;
        FormedOn = other.FormedOn;
        Summary = other.Summary;
        BodyHtml = other.BodyHtml;
        RevisionNote = other.RevisionNote;
    }
}
