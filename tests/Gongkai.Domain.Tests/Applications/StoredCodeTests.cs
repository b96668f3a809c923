using Gongkai.Domain.Applications;

namespace Gongkai.Domain.Tests.Applications;

/// <summary>Stage, channel, applicant kind and event type are stored as these exact strings (they
/// were strings before they were enums): rows written by earlier versions must read back, and new
/// rows must be readable by the annual report's and the benchmarks' SQL.</summary>
public class StoredCodeTests
{
    [Fact]
    public void Stages_keep_the_codes_stored_before_they_were_an_enum()
    {
        Assert.Equal(
            ["handling", "awaitingCorrection", "paused", "replied", "archived", "awaitingConfirmation"],
            ApplicationStages.All.Select(ApplicationStages.Code));
        Assert.Equal("待确认收到", ApplicationStages.Name(ApplicationStage.AwaitingConfirmation));
        Assert.True(ApplicationStages.IsOpen(ApplicationStage.AwaitingConfirmation));
    }

    [Fact]
    public void Channels_keep_their_codes()
    {
        Assert.Equal(
            ["online", "inPerson", "registeredMail", "ordinaryMail", "fax", "email"],
            ApplicationChannels.All.Select(ApplicationChannels.Code));
    }

    [Fact]
    public void Event_types_keep_their_codes()
    {
        Assert.Equal(
            [
                "received", "correctionRequested", "correctionReceived", "correctionLapsed", "thirdPartyConsultationStarted",
                "thirdPartyConsultationEnded", "organConsultationStarted", "organConsultationEnded", "extensionApproved", "replyDeferred",
                "feeNoticeSent", "feeNoticeReceived", "feePaid", "feeUnpaid", "replied", "archived", "reconsideration", "litigation",
            ],
            ApplicationEventTypes.All.Select(ApplicationEventTypes.Code));
    }

    [Fact]
    public void Every_code_reads_back_to_its_value()
    {
        Assert.All(ApplicationStages.All, s => Assert.Equal(s, ApplicationStages.FromCode(ApplicationStages.Code(s))));
        Assert.All(ApplicationChannels.All, c => Assert.Equal(c, ApplicationChannels.FromCode(ApplicationChannels.Code(c))));
        Assert.All(ApplicantKinds.All, k => Assert.Equal(k, ApplicantKinds.FromCode(ApplicantKinds.Code(k))));
        Assert.All(ApplicationEventTypes.All, t => Assert.Equal(t, ApplicationEventTypes.FromCode(ApplicationEventTypes.Code(t))));
    }

    [Fact]
    public void A_stored_code_that_is_no_value_is_an_error_not_a_default()
    {
        Assert.Throws<InvalidOperationException>(() => ApplicationStages.FromCode("closed"));
        Assert.Throws<InvalidOperationException>(() => ApplicationEventTypes.FromCode("consultationStarted"));
    }

    [Fact]
    public void The_submission_key_of_a_request_is_the_one_stored_today()
    {
        // Keys are stored on every case and in the claims: a change would let a double submission
        // within the window through as a second case.
        var key = SubmissionKey.Of(7, ApplicantKind.NaturalPerson, "张三", "110101199003077777", null, "请公开某文件。",
            ApplicationChannel.Online, null);
        var again = SubmissionKey.Of(7, ApplicantKind.NaturalPerson, "张三", "110101199003077777", null, "请公开某文件。",
            ApplicationChannel.Online, null);
        var otherDay = SubmissionKey.Of(7, ApplicantKind.NaturalPerson, "张三", "110101199003077777", null, "请公开某文件。",
            ApplicationChannel.InPerson, new DateOnly(2026, 11, 3));

        // SHA-256 of "v2␟7␟naturalPerson␟张三␟110101199003077777␟␟请公开某文件。␟online␟", worked out
        // independently of this code (Python's hashlib).
        Assert.Equal("8e596c1d589a6b04197bb0ffda8d05f8e77673276f8a940a7ebe158663245d31", key);
        Assert.Equal(key, again);
        Assert.NotEqual(key, otherDay);
        Assert.Matches("^[0-9a-f]{64}$", key);
    }
}
