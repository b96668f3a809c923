namespace Gongkai.Domain.NormativeDocuments;

/// <summary>Whether a policy's interpretation came in time (谁起草、谁解读).</summary>
public enum InterpretationStatus
{
    NotRequired,
    OnTime,
    Late,
    Pending,
    Overdue,
}
