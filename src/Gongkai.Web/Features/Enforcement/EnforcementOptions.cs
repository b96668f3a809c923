using Gongkai.Domain.Enforcement;

namespace Gongkai.Web.Features.Enforcement;

/// <summary>Configuration section <c>Gongkai:Enforcement</c>: the publicity period per category in months
/// (<c>Gongkai:Enforcement:PublicityMonths:Penalty = 36</c>; absent: no end) and for simple-procedure penalties.</summary>
public sealed class EnforcementOptions
{
    public const string Section = "Gongkai:Enforcement";

    public Dictionary<EnforcementCategory, int>? PublicityMonths { get; set; }

    public int? SimpleProcedurePenaltyMonths { get; set; } = 3;

    public PublicityPeriods Periods
    {
        get
        {
            var months = new PublicityPeriods().Months;
            foreach (var (category, value) in PublicityMonths ?? [])
            {
                months[category] = value > 0 ? value : null;
            }

            return new PublicityPeriods { Months = months, SimpleProcedurePenaltyMonths = SimpleProcedurePenaltyMonths is > 0 ? SimpleProcedurePenaltyMonths : null };
        }
    }
}
