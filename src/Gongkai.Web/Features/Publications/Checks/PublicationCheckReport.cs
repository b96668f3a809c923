namespace Gongkai.Web.Features.Publications.Checks;

/// <summary>The result of the pre-publication checks on one revision.</summary>
public sealed record PublicationCheckReport(IReadOnlyList<PublicationCheckFinding> Findings)
{
    public IEnumerable<PublicationCheckFinding> Blocking => Findings.Where(f => f.Blocking);

    public bool Blocks => Findings.Any(f => f.Blocking);

    public bool HasBodyPersonalInformation { get; init; }

    /// <summary>"1. …；2. …" for the message that refuses approval.</summary>
    public string Describe() =>
        string.Join("；", Blocking.Select((f, i) => $"{i + 1}. {f.Message}"));
}
