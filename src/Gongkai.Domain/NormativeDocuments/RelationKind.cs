namespace Gongkai.Domain.NormativeDocuments;

/// <summary>How one document acts on another; stored once (from the acting document), shown both ways.</summary>
public enum RelationKind
{
    Amends,
    Repeals,
    Replaces,
}
