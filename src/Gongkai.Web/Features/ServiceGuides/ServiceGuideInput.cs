using Gongkai.Domain.PowerLists;
using Gongkai.Domain.ServiceGuides;

namespace Gongkai.Web.Features.ServiceGuides;

/// <summary>A guide as the API receives it (JSON, camelCase) and as the staff form binds it.
/// Enumerations come as codes or their Chinese names; unknown values are named in the errors.</summary>
public sealed class ServiceGuideInput
{
    /// <summary>API only: the organ (id, full or short name).</summary>
    public string? Organization { get; set; }

    public string? Name { get; set; }

    public string? Code { get; set; }

    /// <summary>licence, penalty, … or 行政许可, 公共服务 … (<see cref="PowerTypes"/>).</summary>
    public string? Type { get; set; }

    public string? Basis { get; set; }

    public string? Implementer { get; set; }

    public string? HandlingUnit { get; set; }

    /// <summary>personal | legal | both (个人办事/法人办事).</summary>
    public string? Theme { get; set; }

    public string? Applicants { get; set; }

    public string? Conditions { get; set; }

    public List<MaterialInput?>? Materials { get; set; }

    public List<string?>? Steps { get; set; }

    public int? LegalTimeLimit { get; set; }

    public int? PromisedTimeLimit { get; set; }

    /// <summary>false: 不收费.</summary>
    public bool? Charged { get; set; }

    public string? FeeStandard { get; set; }

    public string? FeeBasis { get; set; }

    public string? Location { get; set; }

    public string? Hours { get; set; }

    public int? Visits { get; set; }

    public bool? Online { get; set; }

    public string? OnlineUrl { get; set; }

    public string? Result { get; set; }

    public string? ConsultPhone { get; set; }

    public string? ComplaintPhone { get; set; }

    public string? Faq { get; set; }

    public sealed class MaterialInput
    {
        public string? Name { get; set; }

        /// <summary>original | copy | originalAndCopy.</summary>
        public string? Form { get; set; }

        public int? Copies { get; set; }

        /// <summary>paper | electronic | paperOrElectronic.</summary>
        public string? Medium { get; set; }

        public string? Source { get; set; }

        public bool? Required { get; set; }

        public string? Requirements { get; set; }

        public bool IsEmpty => V(Name) is null && V(Source) is null && V(Requirements) is null;
    }

    public static ServiceGuideInput From(ServiceGuide g) => new()
    {
        Name = g.Name,
        Code = g.Code,
        Type = g.Type is { } t ? PowerTypes.Code(t) : null,
        Basis = g.Basis,
        Implementer = g.Implementer,
        HandlingUnit = g.HandlingUnit,
        Theme = g.Theme is { } th ? ServiceGuideNames.ThemeCode(th) : null,
        Applicants = g.Applicants,
        Conditions = g.Conditions,
        Materials = g.Materials.OrderBy(m => m.Position).Select(m => (MaterialInput?)new MaterialInput
        {
            Name = m.Name,
            Form = m.Form?.ToString() is { } f ? char.ToLowerInvariant(f[0]) + f[1..] : null,
            Copies = m.Copies,
            Medium = m.Medium?.ToString() is { } md ? char.ToLowerInvariant(md[0]) + md[1..] : null,
            Source = m.Source,
            Required = m.Required,
            Requirements = m.Requirements,
        }).ToList(),
        Steps = g.StepList.Select(s => (string?)s).ToList(),
        LegalTimeLimit = g.LegalTimeLimit,
        PromisedTimeLimit = g.PromisedTimeLimit,
        Charged = g.Charged,
        FeeStandard = g.FeeStandard,
        FeeBasis = g.FeeBasis,
        Location = g.Location,
        Hours = g.Hours,
        Visits = g.Visits,
        Online = g.Online,
        OnlineUrl = g.OnlineUrl,
        Result = g.Result,
        ConsultPhone = g.ConsultPhone,
        ComplaintPhone = g.ComplaintPhone,
        Faq = g.Faq,
    };

    /// <summary>The draft, and the values that could not be read (named by field).</summary>
    public (ServiceGuideDraft Draft, List<GuideProblem> Problems) ToDraft()
    {
        var problems = new List<GuideProblem>();
        T? Parse<T>(string field, string? value, Func<string?, T?> parse, string allowed)
            where T : struct
        {
            if (V(value) is null)
            {
                return null;
            }

            var parsed = parse(value!.Trim());
            if (parsed is null)
            {
                problems.Add(new(field, null, $"{ServiceGuideRules.Label(field)}的值“{value}”无法识别，应为 {allowed}。"));
            }

            return parsed;
        }

        var materials = (Materials ?? []).Where(m => m is not null && !m.IsEmpty).Select((m, i) => new MaterialDraft
        {
            Name = V(m!.Name),
            Form = Parse($"materials[{i}].form", m.Form, ServiceGuideNames.ParseForm, "original（原件）、copy（复印件）或 originalAndCopy（原件和复印件）"),
            Copies = m.Copies,
            Medium = Parse($"materials[{i}].medium", m.Medium, ServiceGuideNames.ParseMedium, "paper（纸质）、electronic（电子）或 paperOrElectronic（纸质或电子）"),
            Source = V(m.Source),
            Required = m.Required ?? true,
            Requirements = V(m.Requirements),
        }).ToList();
        var draft = new ServiceGuideDraft
        {
            Name = V(Name),
            Code = V(Code),
            Type = Parse("type", Type, PowerTypes.Parse, PowerTypes.NameList),
            Basis = V(Basis),
            Implementer = V(Implementer),
            HandlingUnit = V(HandlingUnit),
            Theme = Parse("theme", Theme, ServiceGuideNames.ParseTheme, "personal（个人办事）、legal（法人办事）或 both"),
            Applicants = V(Applicants),
            Conditions = V(Conditions),
            Materials = materials,
            Steps = (Steps ?? []).SelectMany(s => (s ?? "").Split('\n')).Select(V).OfType<string>().ToList(),
            LegalTimeLimit = LegalTimeLimit,
            PromisedTimeLimit = PromisedTimeLimit,
            Charged = Charged,
            FeeStandard = V(FeeStandard),
            FeeBasis = V(FeeBasis),
            Location = V(Location),
            Hours = V(Hours),
            Visits = Visits,
            Online = Online,
            OnlineUrl = V(OnlineUrl),
            Result = V(Result),
            ConsultPhone = V(ConsultPhone),
            ComplaintPhone = V(ComplaintPhone),
            Faq = V(Faq),
        };
        return (draft, problems);
    }

    private static string? V(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
