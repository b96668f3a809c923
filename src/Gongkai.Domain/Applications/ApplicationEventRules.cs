namespace Gongkai.Domain.Applications;

/// <summary>An event as staff or the API send it, before any check.</summary>
public sealed record EventRequest
{
    /// <summary>An <see cref="ApplicationEventTypes"/> code, or one of the API's aliases
    /// (<c>consultationStarted</c>/<c>consultationEnded</c> with <see cref="Party"/>, <c>correctionDeadlinePassed</c>).</summary>
    public string? Type { get; init; }

    /// <summary>For the consultation aliases: <c>thirdParty</c> (default) or <c>organ</c>.</summary>
    public string? Party { get; init; }

    public DateOnly? On { get; init; }

    /// <summary>Reconsideration or litigation result code (<see cref="AppealResults"/>); pending when absent.</summary>
    public string? Result { get; init; }

    public decimal? Amount { get; init; }

    public int? Pages { get; init; }

    public string? Delivery { get; init; }

    public DateOnly? DeferredTo { get; init; }
}

/// <summary>An event whose fields fit its type. Whether it may happen at this point of the case,
/// and what it does to the stage and the due date, is decided by <see cref="CaseClock"/> when the
/// whole history is replayed with it.</summary>
public sealed record CheckedEvent(ApplicationEventType Type, DateOnly On, AppealResult? AppealResult, decimal? Amount, NoticeDelivery? Delivery);

/// <summary>The rules an event's own fields must meet before the case is replayed with it: a known
/// type, a date not in the future and, for an online application, not before it was submitted
/// (《条例》第三十一条第（三）项: received on the day both sides confirm), and each type's extra
/// fields only with that type (the fee with a fee notice, 国办函〔2020〕109号; the deferred date
/// with a 第三十五条 deferral; how it went out with a fee notice or consultation letter).</summary>
public static class ApplicationEventRules
{
    /// <summary>The case's facts the rules need.</summary>
    /// <param name="Channel">How the application came in.</param>
    /// <param name="SubmittedOn">The day (China time) it was submitted or registered.</param>
    /// <param name="ApplicantDelivery">How the applicant chose to receive information (<see cref="RequestChoices.Deliveries"/> code).</param>
    public sealed record Case(ApplicationChannel Channel, DateOnly SubmittedOn, string ApplicantDelivery);

    /// <summary>Checks <paramref name="request"/> for <paramref name="application"/>; a broken rule
    /// throws <see cref="ApplicationRuleException"/> with its Chinese message, the first one found.</summary>
    public static CheckedEvent Check(EventRequest request, Case application, DateOnly today)
    {
        var type = ParseType(request.Type, request.Party)
            ?? throw new ApplicationRuleException($"未知的事件类型“{request.Type}”。可用的类型：{string.Join("、", ApplicationEventTypes.All.Select(ApplicationEventTypes.Code))}。");

        if (request.On is not { } on)
        {
            throw new ApplicationRuleException("请填写事件日期 on（yyyy-MM-dd）。");
        }

        if (on > today)
        {
            throw new ApplicationRuleException($"事件日期（{on:yyyy-MM-dd}）不能晚于今天（{today:yyyy-MM-dd}）。");
        }

        if (type == ApplicationEventType.Received && on < application.SubmittedOn && application.Channel == ApplicationChannel.Online)
        {
            throw new ApplicationRuleException("网上申请的收到之日不能早于提交之日。");
        }

        AppealResult? appealResult = null;
        if (IsAppeal(type))
        {
            appealResult = AppealResults.Parse(request.Result ?? AppealResults.Code(AppealResult.Pending))
                ?? throw new ApplicationRuleException("结果应为 upheld（维持）、corrected（纠正）、other（其他）或 pending（尚未审结）。");
        }

        var amount = request.Amount;
        if (request.Amount is not null || request.Pages is not null)
        {
            if (type != ApplicationEventType.FeeNoticeSent)
            {
                throw new ApplicationRuleException("收费金额（amount）或页数（pages）只能随“发出收费通知”（feeNoticeSent）登记。");
            }

            if (request.Amount is { } given && (given < 0 || given > 10_000_000 || decimal.Round(given, 2) != given))
            {
                throw new ApplicationRuleException("收费金额应为不小于0的金额（元），最多两位小数。");
            }

            if (request.Amount is null && request.Pages is < 0 or > 1_000_000)
            {
                throw new ApplicationRuleException("页数应为不小于0的整数。");
            }

            // 按量 (by volume) from the pages when no amount was given; 按件 depends on the
            // applicant's month, which staff compute with the calculator and enter as the amount.
            amount ??= FeeCalculator.ByVolume(request.Pages!.Value).Amount;
        }

        var delivery = Delivery(type, request.Delivery, application.ApplicantDelivery);
        if (request.DeferredTo is not null && type != ApplicationEventType.ReplyDeferred)
        {
            throw new ApplicationRuleException("延迟答复期限（deferredTo）只能随“延迟答复”（replyDeferred）登记。");
        }

        return new CheckedEvent(type, on, appealResult, amount, delivery);
    }

    /// <summary>The event type of an API code or alias; null when unknown.</summary>
    public static ApplicationEventType? ParseType(string? type, string? party)
    {
        var raw = type?.Trim();
        var organ = string.Equals(party?.Trim(), "organ", StringComparison.OrdinalIgnoreCase);
        return raw switch
        {
            "consultationStarted" => organ ? ApplicationEventType.OrganConsultationStarted : ApplicationEventType.ThirdPartyConsultationStarted,
            "consultationEnded" => organ ? ApplicationEventType.OrganConsultationEnded : ApplicationEventType.ThirdPartyConsultationEnded,
            "correctionDeadlinePassed" => ApplicationEventType.CorrectionLapsed,
            _ => ApplicationEventTypes.Parse(raw),
        };
    }

    /// <summary>Reconsideration and litigation (table 四 of the annual report) carry a result.</summary>
    public static bool IsAppeal(ApplicationEventType type) =>
        type is ApplicationEventType.Reconsideration or ApplicationEventType.Litigation;

    /// <summary>Letters whose delivery decides a deemed receipt: fee notices and consultation letters.</summary>
    public static bool TakesDelivery(ApplicationEventType type) =>
        type is ApplicationEventType.FeeNoticeSent or ApplicationEventType.ThirdPartyConsultationStarted or ApplicationEventType.OrganConsultationStarted;

    /// <summary>How a fee notice or consultation letter went out. A fee notice goes by the way the
    /// applicant chose to receive information unless staff say otherwise (国办函〔2020〕109号:
    /// 通过申请人选择的方式发出收费通知).</summary>
    private static NoticeDelivery? Delivery(ApplicationEventType type, string? given, string applicantDelivery)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            return type == ApplicationEventType.FeeNoticeSent ? RequestChoices.NoticeDeliveryFor(applicantDelivery) : null;
        }

        if (!TakesDelivery(type))
        {
            throw new ApplicationRuleException("送达方式（delivery）只能随“发出收费通知”或“征求意见”登记。");
        }

        return NoticeDeliveries.Parse(given)
            ?? throw new ApplicationRuleException("送达方式应为 electronic（电子方式）、post（邮寄）或 inPerson（当面送达）。");
    }
}
