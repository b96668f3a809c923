using System.Globalization;
using Gongkai.Domain.Search;
using Gongkai.Web.Shared;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.Web.Features.Search;

/// <summary>Turns a request into Lucene queries, never through a query parser: every term is literal.
/// Which items match is decided by bigram phrases alone (recall equals a substring scan); the score
/// only orders them, in tiers: an exact organ name or 发文字号, then an exact title, then title
/// matches, then body matches, then attachment matches. An item counts at the best tier it reaches
/// (a title match is a title match whether or not the body also has the words); with several terms,
/// the tiers of the terms add up. Equal scores are ordered newest first by the sort.</summary>
internal static class SearchQueryBuilder
{
    private const float ExactNameBoost = 10_000;
    private const float ExactTitleBoost = 1_000;
    private const float TitleBoost = 100;
    private const float BodyBoost = 10;
    private const float AttachmentBoost = 5;

    public static SearchPlan? Build(SearchQuery q, SearchRequest request, DateTimeOffset now) =>
        Plan(q, request, now) is { } plan ? plan with { Earliest = Ticks(Starts(request).Max()), Latest = Ticks(Ends(request).Min()) - 1 } : null;

    /// <summary>Where a year or date range asked for starts and ends (China time): no hit is dated
    /// outside, so the date windows of a broad query need not look there.</summary>
    private static IEnumerable<DateOnly?> Starts(SearchRequest r) =>
        [r.Year is { } year and > 0 and < 9999 ? new DateOnly(year, 1, 1) : null, r.From];

    private static IEnumerable<DateOnly?> Ends(SearchRequest r) =>
        [r.Year is { } year and > 0 and < 9999 ? new DateOnly(year + 1, 1, 1) : null, r.To is { } to && to < DateOnly.MaxValue ? to.AddDays(1) : null];

    private static long? Ticks(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).UtcTicks : null;

    private static SearchPlan? Plan(SearchQuery q, SearchRequest request, DateTimeOffset now)
    {
        var (filters, asked) = Filters(request);
        if (q.IsEmpty && !asked)
        {
            return null;
        }

        // Filters drive the search (a filter's next item, then whether the text matches there), so
        // that an organ's few thousand items are all that is read; left to the text, a broad phrase
        // would be checked in every item of the index first. Scheduled items are excluded rather
        // than visible ones required: "visible from at most now" matches nearly every document and
        // cost a bitset over the whole index per query, while "scheduled after now" matches a handful.
        var filter = filters.Count == 0 ? null : new QueryWrapperFilter(AllOf(filters));
        Query Restricted(Query matching)
        {
            var query = new BooleanQuery(disableCoord: true)
            {
                { matching, Occur.MUST },
                { NumericRangeQuery.NewInt64Range(SearchFields.VisibleFrom, now.UtcTicks, null, false, true), Occur.MUST_NOT },
            };
            return filter is null ? query : new FilteredQuery(query, filter, FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
        }

        if (q.IsEmpty)
        {
            var everything = Restricted(new MatchAllDocsQuery());
            return new SearchPlan(everything, [new SearchLevel(everything, null)], []);
        }

        var tiers = Tiers(q, request.TitleOnly);
        var textTerms = q.Terms.Any(t => t.Length < 2) ? null
            : q.Terms.Select(t => Fields(request.TitleOnly).Select(f => Bigrams(f.Field, t)).ToList()).ToList();
        var match = Restricted(q.Terms.Count == 1 ? BestTier(tiers.Select(t => t.Query)) : AllTerms(q, request.TitleOnly, tiers));
        if (request.Sort == SearchSort.Date)
        {
            return new SearchPlan(match, [new SearchLevel(match, null)], textTerms);
        }

        // With one term, the tiers are the levels of the ranking, best first; with several, the
        // scores mix tiers across terms and only the whole query ranks them.
        var levels = q.Terms.Count == 1 ? tiers.Select(t => new SearchLevel(Restricted(t.Query), t.Terms)).ToList() : null;
        return new SearchPlan(match, levels, textTerms);
    }

    /// <summary>The tiers of a query, best first, each scoring its boost, with the terms each tier's
    /// items all contain (null for a one-character prefix): the exact name and title, then for a
    /// single term its phrase in each text field.</summary>
    private static List<(Query Query, IReadOnlyList<Term>? Terms)> Tiers(SearchQuery q, bool titleOnly)
    {
        var exactName = new Term(SearchFields.ExactName, SearchText.NormalizeBrackets(q.Text));
        var exactTitle = new Term(SearchFields.TitleExact, q.Text);
        var tiers = new List<(Query, IReadOnlyList<Term>?)>
        {
            (new ConstantScoreQuery(new TermQuery(exactName)) { Boost = ExactNameBoost }, [exactName]),
            (new ConstantScoreQuery(new TermQuery(exactTitle)) { Boost = ExactTitleBoost }, [exactTitle]),
        };
        if (q.Terms.Count == 1)
        {
            var term = q.Terms[0];
            foreach (var (field, boost) in Fields(titleOnly))
            {
                tiers.Add((new ConstantScoreQuery(Occurs(field, term)) { Boost = boost }, term.Length < 2 ? null : Bigrams(field, term)));
            }
        }

        return tiers;
    }

    private static List<Term> Bigrams(string field, string term) => BigramPhrase.Cover(term).Select(c => new Term(field, c.Bigram)).ToList();

    private static (string Field, float Boost)[] Fields(bool titleOnly) => titleOnly
        ? [(SearchFields.TitlePairs, TitleBoost)]
        : [(SearchFields.TitlePairs, TitleBoost), (SearchFields.BodyPairs, BodyBoost), (SearchFields.AttachmentPairs, AttachmentBoost)];

    /// <summary>Matches if any tier does; scores the best tier.</summary>
    private static Query BestTier(IEnumerable<Query> tiers)
    {
        var best = new DisjunctionMaxQuery(0);
        foreach (var tier in tiers)
        {
            best.Add(tier);
        }

        return best;
    }

    /// <summary>Several terms: every term must occur in some field, scoring its best field's tier
    /// (divided among the terms); an exact name or title scores above them all.</summary>
    private static Query AllTerms(SearchQuery q, bool titleOnly, List<(Query Query, IReadOnlyList<Term>? Terms)> exact)
    {
        var allTerms = new BooleanQuery(disableCoord: true);
        foreach (var term in q.Terms)
        {
            allTerms.Add(BestTier(Fields(titleOnly).Select(f => new ConstantScoreQuery(Occurs(f.Field, term)) { Boost = f.Boost / q.Terms.Count })), Occur.MUST);
        }

        return BestTier(exact.Select(e => e.Query).Append(allTerms));
    }

    private static BooleanQuery AllOf(IEnumerable<Query> queries)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var query in queries)
        {
            all.Add(query, Occur.MUST);
        }

        return all;
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
            Term(SearchFields.DocumentNumber, SearchFields.DocumentNumberTerm(r.DocumentNumber));
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
