namespace Gongkai.Web.Features.NormativeDocuments.Import;

/// <summary>The 政策解读 rows of a normative import (栏目 政策解读). Interpretations are the
/// Interpretations feature's, which builds on this one; it implements and registers this, so the
/// importer reads one file with both kinds of rows without depending on it.</summary>
public interface IInterpretationImport
{
    /// <summary>The key of the 政策解读 column, written into the rows it takes.</summary>
    string ColumnKey { get; }

    /// <summary>Whether a row's 栏目 (its key as read, or the text as written) names the 政策解读 column.</summary>
    bool Takes(string key, string? category);

    /// <summary>Makes sure the organ's platform has the column before the rows are imported into it.</summary>
    Task EnsureColumnAsync(int organizationId, CancellationToken ct);

    /// <summary>Checks the row's own columns (解读形式, 解读文件发文字号); Chinese messages into <paramref name="errors"/>.</summary>
    void Check(string? form, string? interpretedNumbers, List<string> errors);

    /// <summary>The documents the row explains, by 发文字号; throws <see cref="NormativeRuleException"/>
    /// naming every number not found.</summary>
    Task<List<NormativeDocument>> ResolveAsync(string? interpretedNumbers, int organizationId, CancellationToken ct);

    /// <summary>Records the interpretation of a publication the importer created, linked to its
    /// documents, and audits it; saves.</summary>
    Task AttachAsync(int publicationId, int organizationId, int row, string? form, List<NormativeDocument> documents, CancellationToken ct);
}
