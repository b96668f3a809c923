namespace Gongkai.Web.Features.Publications.Import;

/// <summary>The row-by-row answer to an import (API body and upload page).</summary>
public sealed class PublicationImportReport
{
    public int Imported { get; init; }

    public int Failed { get; init; }

    public IReadOnlyList<PublicationImportResult> Rows { get; init; } = [];
}
