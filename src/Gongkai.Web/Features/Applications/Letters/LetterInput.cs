namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>What the case handler adds when issuing a letter: the kind, and the free parts of the
/// text (reasons, the third party's name, the fee amount).</summary>
public sealed class LetterInput
{
    /// <summary>correction, extension, thirdParty, fee or reply.</summary>
    public string? Kind { get; set; }

    public string? Reason { get; set; }

    public string? ThirdParty { get; set; }

    public decimal? Amount { get; set; }
}
