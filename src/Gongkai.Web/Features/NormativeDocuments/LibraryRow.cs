using Gongkai.Domain.NormativeDocuments;

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>A document as listed publicly, with its validity as of today.</summary>
public sealed record LibraryRow(NormativeDocument Document, int PublicationId, string Title, string? Topic, string Organ,
    DateTimeOffset? PublishedAt, ValidityState State);
