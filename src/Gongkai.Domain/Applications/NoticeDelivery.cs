namespace Gongkai.Domain.Applications;

/// <summary>How a notice of the organ (a fee notice, a letter consulting a third party or another
/// organ) went out. It decides the day the notice is deemed received when the actual day of
/// receipt is not recorded (see <see cref="ClockSettings"/>).</summary>
public enum NoticeDelivery
{
    Electronic,
    Post,
    InPerson,
}
