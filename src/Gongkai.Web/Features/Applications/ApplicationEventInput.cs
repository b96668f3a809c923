namespace Gongkai.Web.Features.Applications;

/// <summary>A clock or workflow event as the API and the case page send it.</summary>
public sealed class ApplicationEventInput
{
    public string? Type { get; set; }

    public DateOnly? On { get; set; }

    public int? WorkingDays { get; set; }

    public string? Outcome { get; set; }

    public DateOnly? CorrectUntil { get; set; }

    public string? Approver { get; set; }

    /// <summary>For <c>feeNoticeSent</c>: the fee in 元 (≥ 0, at most two decimals).</summary>
    public decimal? Amount { get; set; }

    /// <summary>For <c>feeNoticeSent</c> without an amount: pages supplied, charged by volume (按量).</summary>
    public int? Pages { get; set; }

    /// <summary>For <c>consultationStarted</c>/<c>consultationEnded</c>: <c>thirdParty</c> (default) or <c>organ</c>.</summary>
    public string? Party { get; set; }

    /// <summary>Reconsideration or litigation result: upheld, corrected, other, pending.</summary>
    public string? Result { get; set; }

    public bool? AfterReconsideration { get; set; }

    public string? Note { get; set; }
}
