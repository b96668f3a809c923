using System.Globalization;
using Gongkai.Domain.Search;
using Gongkai.Web.Shared;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.Web.Features.Search;

/// <summary>Turns a request into a Lucene query, never through a query parser: every term is literal.
/// Which items match is decided by bigram phrases alone (recall equals a substring scan); the score
/// only orders them, in tiers: an exact organ name or 发文字号, then an exact title, then title
/// matches, then body and attachment matches (a field adds its tier score for each term it contains);
/// equal scores are ordered newest first by the sort.</summary>
internal static class SearchQueryBuilder
{
    private const float ExactNameBoost = 10_000;
    private const float ExactTitleBoost = 1_000;
    private const float TitleBoost = 100;
    private const float BodyBoost = 10;
    private const float AttachmentBoost = 5;

    public static Query? Build(SearchQuery q, SearchRequest request, DateTimeOffset now)
    {
        var (filters, asked) = Filters(request);
        var root = new BooleanQuery(disableCoord: true);
        if (q.IsEmpty)
        {
            if (!asked)
            {
                return null;
            }

            root.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        else
        {
            AddText(root, q, request.TitleOnly);
        }

        // Filters take part in matching but never in the score (boost 0).
        foreach (var filter in filters)
        {
            root.Add(new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST);
        }

        // Scheduled items are excluded rather than visible ones required: "visible from at most now"
        // matches nearly every document and cost a bitset over the whole index per query, while
        // "scheduled after now" matches a handful.
        root.Add(NumericRangeQuery.NewInt64Range(SearchFields.VisibleFrom, now.UtcTicks, null, false, true), Occur.MUST_NOT);
        return root;
    }

    /// <summary>One clause both decides the match and scores it, so each posting list is read once:
    /// every term must occur in some field, and each field it occurs in adds that field's tier score.</summary>
    private static void AddText(BooleanQuery root, SearchQuery q, bool titleOnly)
    {
        var tiers = titleOnly
            ? new[] { (SearchFields.TitlePairs, TitleBoost) }
            : new[] { (SearchFields.TitlePairs, TitleBoost), (SearchFields.BodyPairs, BodyBoost), (SearchFields.AttachmentPairs, AttachmentBoost) };
        var allTerms = new BooleanQuery(disableCoord: true);
        foreach (var term in q.Terms)
        {
            var anyField = new BooleanQuery(disableCoord: true);
            foreach (var (field, boost) in tiers)
            {
                anyField.Add(new ConstantScoreQuery(Occurs(field, term)) { Boost = boost / q.Terms.Count }, Occur.SHOULD);
            }

            allTerms.Add(anyField, Occur.MUST);
        }

        var exactName = new TermQuery(new Term(SearchFields.ExactName, DocumentNumber.NormalizeBrackets(q.Text)));
        var matches = new BooleanQuery(disableCoord: true)
        {
            { allTerms, Occur.SHOULD },
            { new ConstantScoreQuery(exactName) { Boost = ExactNameBoost }, Occur.SHOULD },
        };
        root.Add(matches, Occur.MUST);
        root.Add(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.TitleExact, q.Text))) { Boost = ExactTitleBoost }, Occur.SHOULD);
    }

    /// <summary>Items whose field contains the term as a substring.</summary>
    private static Query Occurs(string field, string term)
    {
        if (term.Length == 1)
        {
            // Every token starting with the character: the pairs, and the lone last character.
            return new PrefixQuery(new Term(field, term));
        }

        var cover = BigramPhrase.Cover(term);
        if (cover.Count == 1)
        {
            return new TermQuery(new Term(field, cover[0].Bigram));
        }

        var phrase = new PhraseQuery();
        foreach (var (bigram, offset) in cover)
        {
            phrase.Add(new Term(field, bigram), offset);
        }

        return phrase;
    }

    private static (List<Query> Filters, bool Asked) Filters(SearchRequest r)
    {
        var filters = new List<Query>();
        var any = false;
        void Term(string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                filters.Add(new TermQuery(new Term(field, value.Trim())));
                any = true;
            }
        }

        Term(SearchFields.Organization, r.OrganizationId?.ToString(CultureInfo.InvariantCulture));
        Term(SearchFields.Category, r.Category);
        Term(SearchFields.Topic, r.Topic);
        Term(SearchFields.Genre, r.Genre);
        Term(SearchFields.Validity, r.Validity);
        Term(SearchFields.Year, r.Year?.ToString(CultureInfo.InvariantCulture));
        Term(SearchFields.DocumentYear, r.DocumentYear?.ToString(CultureInfo.InvariantCulture));
        Term(SearchFields.DocumentSerial, r.DocumentSerial?.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(r.DocumentNumber))
        {
            Term(SearchFields.DocumentNumber, DocumentNumber.TryParse(r.DocumentNumber)?.Text ?? DocumentNumber.NormalizeBrackets(r.DocumentNumber));
        }

        if (SearchText.Normalize(r.DocumentPrefix) is { Length: > 0 } prefix)
        {
            filters.Add(new PrefixQuery(new Term(SearchFields.DocumentPrefix, prefix)));
            any = true;
        }

        if (SearchText.Normalize(r.IndexNumber) is { Length: > 0 } indexNumber)
        {
            filters.Add(new PrefixQuery(new Term(SearchFields.IndexNumber, indexNumber)));
            any = true;
        }

        if (r.From is not null || r.To is not null)
        {
            long? from = r.From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).UtcTicks : null;
            long? to = r.To is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).UtcTicks : null;
            filters.Add(NumericRangeQuery.NewInt64Range(SearchFields.Date, from, to, true, false));
            any = true;
        }

        return (filters, any);
    }
}
