using Gongkai.Domain.Applications;

namespace Gongkai.Domain.Tests.Applications;

public class OutcomeAndKindTests
{
    [Fact]
    public void There_are_the_twenty_one_stable_outcome_codes_of_the_annual_report()
    {
        string[] expected =
        [
            "granted", "partlyGranted", "denied.stateSecret", "denied.lawForbidden", "denied.safetyStability", "denied.thirdPartyRights",
            "denied.internalAffairs", "denied.processInfo", "denied.enforcementCase", "denied.adminQuery", "unable.notHeld",
            "unable.needsCreation", "unable.unclearAfterCorrection", "notProcessed.petition", "notProcessed.repeat",
            "notProcessed.publication", "notProcessed.massRepeated", "notProcessed.confirmExisting", "other.noCorrection",
            "other.feeUnpaid", "other.other",
        ];

        Assert.Equal(expected, ApplicationOutcomes.All.Select(o => o.Code));
        Assert.All(ApplicationOutcomes.All, o => Assert.StartsWith("第", o.Article));
    }

    [Theory]
    [InlineData("naturalPerson", ApplicantKind.NaturalPerson, "自然人")]
    [InlineData("commercial", ApplicantKind.Commercial, "商业企业")]
    [InlineData("research", ApplicantKind.Research, "科研机构")]
    [InlineData("social", ApplicantKind.Social, "社会公益组织")]
    [InlineData("legal", ApplicantKind.Legal, "法律服务机构")]
    [InlineData("otherOrganization", ApplicantKind.OtherOrganization, "其他组织")]
    public void Applicant_kind_codes_are_the_annual_report_columns(string code, ApplicantKind kind, string name)
    {
        Assert.Equal(kind, ApplicantKinds.Parse(code));
        Assert.Equal(code, ApplicantKinds.Code(kind));
        Assert.Equal(name, ApplicantKinds.Name(kind));
    }

    [Fact]
    public void Unknown_codes_parse_to_null()
    {
        Assert.Null(ApplicantKinds.Parse("company"));
        Assert.Null(ApplicationChannels.Parse("pigeon"));
        Assert.Null(ApplicationEventTypes.Parse("teleport"));
        Assert.Equal(ApplicationEventType.ExtensionApproved, ApplicationEventTypes.Parse("extensionApproved"));
    }
}
