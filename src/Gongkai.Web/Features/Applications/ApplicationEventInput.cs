using Gongkai.Domain.Applications;

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

    /// <summary>For <c>feeNoticeSent</c> and <c>consultationStarted</c>: electronic, post or inPerson.
    /// A fee notice without it goes the way the applicant chose to receive information (国办函〔2020〕109号).</summary>
    public string? Delivery { get; set; }

    /// <summary>For <c>replyDeferred</c>: the reply date set under 《条例》第三十五条.</summary>
    public DateOnly? DeferredTo { get; set; }

    public string? Note { get; set; }

    /// <summary>The fields <see cref="ApplicationEventRules"/> checks.</summary>
    public EventRequest ToRequest() => new()
    {
        Type = Type,
        Party = Party,
        On = On,
        Result = Result,
        Amount = Amount,
        Pages = Pages,
        Delivery = Delivery,
        DeferredTo = DeferredTo,
    };
}
