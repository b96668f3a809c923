using Gongkai.Domain.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Gongkai.Web.Shared;
using Lucene.Net.Util;

namespace Gongkai.Web.Features.Search;

/// <summary>The index's fields and how a <see cref="SearchDocument"/> becomes a Lucene document.</summary>
internal static class SearchFields
{
    public const string Key = "key";
    public const string Kind = "kind";
    public const string Id = "id";
    public const string Title = "title";
    public const string Url = "url";
    public const string BodyText = "body";
    public const string AttachmentText = "attachment";
    public const string TitlePairs = "title_pairs";
    public const string BodyPairs = "body_pairs";
    public const string AttachmentPairs = "attachment_pairs";
    public const string TitleExact = "title_exact";
    public const string ExactName = "exact_name";
    public const string Organization = "org";
    public const string OrganizationName = "org_name";
    public const string Category = "category";
    public const string Topic = "topic";
    public const string Genre = "genre";
    public const string Validity = "validity";
    public const string Year = "year";
    public const string Date = "date";
    public const string VisibleFrom = "visible_from";
    public const string DocumentNumber = "docno";
    public const string DocumentPrefix = "docno_prefix";
    public const string DocumentYear = "docno_year";
    public const string DocumentSerial = "docno_number";
    public const string IndexNumber = "index_number";

    /// <summary>Stored text used for snippets is capped; all of it is indexed.</summary>
    public const int StoredTextLimit = 20_000;

    /// <summary>Pair fields: positions (phrases need them) but no norms: every text clause scores
    /// a constant by tier, so field lengths are never read.</summary>
    private static readonly FieldType PairsType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { OmitNorms = true });

    public static Term KeyTerm(string kind, int id) => new(Key, $"{kind}:{id}");

    public static IEnumerable<IIndexableField> From(SearchDocument d)
    {
        var fields = new List<IIndexableField>
        {
            new StringField(Key, $"{d.Kind}:{d.Id}", Field.Store.NO),
            new StringField(Kind, d.Kind, Field.Store.YES),
            new StoredField(Id, d.Id),
            new StoredField(Title, d.Title),
            new StoredField(Url, d.Url),
            new Field(TitlePairs, d.Title, PairsType),
            new StringField(TitleExact, SearchText.Normalize(d.Title), Field.Store.NO),
        };

        if (d.Body.Length > 0)
        {
            fields.Add(new StoredField(BodyText, Cap(d.Body)));
            fields.Add(new Field(BodyPairs, d.Body, PairsType));
        }

        var stored = 0;
        foreach (var text in d.Attachments.Where(a => a.Length > 0))
        {
            fields.Add(new Field(AttachmentPairs, text, PairsType));
            if (stored < StoredTextLimit)
            {
                var part = Cap(text, StoredTextLimit - stored);
                stored += part.Length;
                fields.Add(new StoredField(AttachmentText, part));
            }
        }

        foreach (var name in d.ExactNames.Where(n => n.Length > 0))
        {
            fields.Add(new StringField(ExactName, SearchText.NormalizeBrackets(name), Field.Store.NO));
        }

        if (d.OrganizationId is { } org)
        {
            var value = $"{org}\u001f{d.OrganizationName}";
            fields.Add(new StringField(Organization, org.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO));
            fields.Add(new SortedDocValuesField(Organization, new BytesRef(value)));
            fields.Add(new StoredField(OrganizationName, d.OrganizationName ?? string.Empty));
        }

        AddFacet(fields, Category, d.Category);
        AddFacet(fields, Topic, d.Topic);
        AddFacet(fields, Genre, d.Genre);
        AddFacet(fields, Validity, d.Validity);

        var published = d.PublishedAt ?? DateTimeOffset.MinValue;
        fields.Add(new NumericDocValuesField(Date, published.UtcTicks));
        fields.Add(new Int64Field(Date, published.UtcTicks, Field.Store.YES));
        fields.Add(new Int64Field(VisibleFrom, (d.VisibleFrom ?? DateTimeOffset.MinValue).UtcTicks, Field.Store.NO));
        if (d.PublishedAt is { } at)
        {
            AddFacet(fields, Year, ChinaTime.ToChina(at).Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (ParseDocumentNumber(d.DocumentNumber) is { } number)
        {
            fields.Add(new StringField(DocumentNumber, number.ToString(), Field.Store.YES));
            fields.Add(new StringField(DocumentPrefix, SearchText.Normalize(number.Prefix), Field.Store.NO));
            fields.Add(new StringField(DocumentYear, number.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO));
            fields.Add(new StringField(DocumentSerial, number.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO));
        }
        else if (!string.IsNullOrWhiteSpace(d.DocumentNumber))
        {
            fields.Add(new StringField(DocumentNumber, SearchText.NormalizeBrackets(d.DocumentNumber), Field.Store.YES));
        }

        if (!string.IsNullOrWhiteSpace(d.IndexNumber))
        {
            fields.Add(new StringField(IndexNumber, SearchText.Normalize(d.IndexNumber), Field.Store.YES));
        }

        return fields;
    }

    private static void AddFacet(List<IIndexableField> fields, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        fields.Add(new StringField(name, value, Field.Store.NO));
        fields.Add(new SortedDocValuesField(name, new BytesRef(value)));
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static string Cap(string text, int limit = StoredTextLimit) => text.Length <= limit ? text : text[..limit];

    /// <summary>The indexed value of a 发文字号 field: the canonical number when the text is one
    /// (<see cref="Domain.NormativeDocuments.DocumentNumber"/>), else its bracket normal form, so
    /// the index and the query write any spelling alike.</summary>
    public static string DocumentNumberTerm(string? text) => ParseDocumentNumber(text)?.ToString() ?? SearchText.NormalizeBrackets(text);

    /// <summary>Parsed after the search normal form (so a Latin 机关代字 is lower-cased as the query's is).</summary>
    private static Domain.NormativeDocuments.DocumentNumber? ParseDocumentNumber(string? text) =>
        Domain.NormativeDocuments.DocumentNumber.TryParse(SearchText.NormalizeBrackets(text));
}
