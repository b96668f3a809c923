namespace Gongkai.Domain.NormativeDocuments;

/// <summary>The validity on a given day and the day it took that value (null: since issue).</summary>
public sealed record ValidityState(NormativeValidity Validity, DateOnly? Since)
{
    /// <summary>现行有效: valid or valid as amended.</summary>
    public bool InForce => Validity is NormativeValidity.Valid or NormativeValidity.Amended;
}
