namespace Gongkai.Domain.Applications;

/// <summary>A processing fee with how it was reached, one line per band.</summary>
public sealed record FeeQuote(decimal Amount, IReadOnlyList<string> Bands)
{
    public string Explanation => Bands.Count == 0 ? "未超过免费额度，不收费。" : string.Join("；", Bands) + $"；合计{Amount:0.##}元。";
}
