namespace Gongkai.Domain.Privacy;

/// <summary>How sure the scanner is. Medium findings are still reported: an ID number with a typo in
/// its check digit is still a person's ID number (SECURITY.md §2.4).</summary>
public enum FindingConfidence
{
    Medium,
    High,
}
