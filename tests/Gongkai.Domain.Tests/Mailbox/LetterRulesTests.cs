using Gongkai.Domain.Calendar;
using Gongkai.Domain.Mailbox;

namespace Gongkai.Domain.Tests.Mailbox;

public sealed class LetterRulesTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;

    [Fact]
    public void National_Day_2020_the_reply_is_due_on_19_October()
    {
        // 09-29 (1), 09-30 (2), holiday 10-01…10-08, 10-09 (3), Sat 10-10 make-up (4), 10-12…10-16 (5–9), 10-19 (10).
        var c = LetterClock.Compute(new DateOnly(2020, 9, 28), LetterType.Complaint, true, [], Calendar, new LetterTimeLimits(), new DateOnly(2020, 9, 28));
        Assert.Equal(new DateOnly(2020, 10, 19), c.Reply.Due);
        Assert.Equal(new DateOnly(2020, 9, 29), c.SignOff.Due);
        Assert.Equal(LetterStage.AwaitingRouting, c.Stage);
    }

    [Fact]
    public void Per_type_limits_and_one_extension_move_the_reply_date()
    {
        var limits = new LetterTimeLimits { ReplyByType = new Dictionary<LetterType, int> { [LetterType.Consultation] = 5 } };
        var received = new DateOnly(2026, 11, 2);
        Assert.Equal(new DateOnly(2026, 11, 9), LetterClock.Compute(received, LetterType.Consultation, false, [], Calendar, limits, received).Reply.Due);
        var extended = LetterClock.Compute(received, LetterType.Complaint, false, [new(LetterEventType.SignedOff, received), new(LetterEventType.Extended, received)], Calendar, limits, received);
        Assert.Equal(new DateOnly(2026, 11, 30), extended.Reply.Due);
        Assert.Equal("每封来信只能延期一次。", LetterClock.Check(extended.Stage, extended.Extended, false, LetterEventType.Extended));
    }

    [Fact]
    public void Late_and_unanswered_letters_are_overdue_and_replies_by_the_deadline_on_time()
    {
        var received = new DateOnly(2026, 11, 2);
        var open = LetterClock.Compute(received, LetterType.Help, false, [new(LetterEventType.SignedOff, received)], Calendar, new LetterTimeLimits(), new DateOnly(2026, 11, 17));
        Assert.True(open.Overdue);
        var soon = LetterClock.Compute(received, LetterType.Help, false, [new(LetterEventType.SignedOff, received)], Calendar, new LetterTimeLimits(), new DateOnly(2026, 11, 13));
        Assert.True(soon.DueSoon);
        var replied = LetterClock.Compute(received, LetterType.Help, false, [new(LetterEventType.SignedOff, received), new(LetterEventType.Replied, new DateOnly(2026, 11, 16))], Calendar, new LetterTimeLimits(), new DateOnly(2026, 12, 1));
        Assert.True(replied.OnTime);
        Assert.False(replied.Overdue);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>路灯坏了", "路灯坏了", true)]
    [InlineData("<p>路灯<b>坏了</b></p>", "路灯坏了", true)]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;请修", "请修", true)]
    [InlineData("3 < 5 的问题", "3 < 5 的问题", false)]
    public void Markup_is_removed_from_letters(string input, string expected, bool hadMarkup)
    {
        Assert.Equal(expected, LetterText.Clean(input, out var had));
        Assert.Equal(hadMarkup, had);
    }

    [Fact]
    public void Hot_topics_are_the_phrases_several_subjects_share()
    {
        var topics = HotTopics.Top(["几江街道停车难问题", "德感街道停车难", "关于停车难的建议", "学校招生咨询"]);
        Assert.Equal("停车", topics[0].Phrase[..2]);
        Assert.Equal(3, topics[0].Letters);
        Assert.DoesNotContain(topics, t => t.Phrase == "关于");
    }
}
